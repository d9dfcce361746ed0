// What can happen to a ticket-comment: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { TicketCommentRepository } from './repository'
import { ticketCommentTransitions, type CreateTicketComment, type TicketComment, type TicketCommentQuery, type TicketCommentStatus, type UpdateTicketComment } from './schema'
import { ticketCommentEvents } from './events'

export interface TicketCommentLookups {
  ticketExists(id: string): Promise<boolean>
  employeeExists(id: string): Promise<boolean>
}

export class TicketCommentService {
  constructor(
    private readonly repo: TicketCommentRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<TicketComment>,
    private readonly lookups: TicketCommentLookups
  ) {}

  list(query: TicketCommentQuery): Promise<TicketComment[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<TicketComment> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('ticket-comment', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateTicketComment): Promise<TicketComment> {
    if (!(await this.lookups.ticketExists(input.ticketId))) throw unprocessable('ticketId', 'no such ticket')
    if (!(await this.lookups.employeeExists(input.authorId))) throw unprocessable('authorId', 'no such employee')
    const at = toIsoDate(now())
    const ticketComment: TicketComment = {
    ...input,
    body: sanitiseText(input.body),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(ticketComment)
    this.bus.emit(ticketCommentEvents.created, ticketComment)
    return ticketComment
  }

  async update(id: string, patch: UpdateTicketComment): Promise<TicketComment> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('ticket-comment', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(ticketCommentEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(ticketCommentEvents.removed, current)
  }

  private checkTransition(from: TicketCommentStatus, to: TicketCommentStatus): void {
    if (!ticketCommentTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
