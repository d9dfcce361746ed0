// What can happen to a ticket: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { TicketRepository } from './repository'
import { ticketTransitions, type CreateTicket, type Ticket, type TicketQuery, type TicketStatus, type UpdateTicket } from './schema'
import { ticketEvents } from './events'

export interface TicketLookups {
  customerExists(id: string): Promise<boolean>
}

export class TicketService {
  constructor(
    private readonly repo: TicketRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Ticket>,
    private readonly lookups: TicketLookups
  ) {}

  list(query: TicketQuery): Promise<Ticket[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Ticket> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('ticket', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateTicket): Promise<Ticket> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const ticket: Ticket = {
    ...input,
    subject: input.subject.trim(),
    body: sanitiseText(input.body),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(ticket)
    this.bus.emit(ticketEvents.created, ticket)
    return ticket
  }

  async update(id: string, patch: UpdateTicket): Promise<Ticket> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('ticket', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(ticketEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(ticketEvents.removed, current)
  }

  private checkTransition(from: TicketStatus, to: TicketStatus): void {
    if (!ticketTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
