// What can happen to a audit-entry: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { AuditEntryRepository } from './repository'
import { auditEntryTransitions, type CreateAuditEntry, type AuditEntry, type AuditEntryQuery, type AuditEntryStatus, type UpdateAuditEntry } from './schema'
import { auditEntryEvents } from './events'

export class AuditEntryService {
  constructor(
    private readonly repo: AuditEntryRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<AuditEntry>,
  ) {}

  list(query: AuditEntryQuery): Promise<AuditEntry[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<AuditEntry> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('audit-entry', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateAuditEntry): Promise<AuditEntry> {
    const at = toIsoDate(now())
    const auditEntry: AuditEntry = {
    ...input,
    actor: input.actor.trim(),
    action: input.action.trim(),
    target: input.target.trim(),
    at: toIsoDate(input.at),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(auditEntry)
    this.bus.emit(auditEntryEvents.created, auditEntry)
    return auditEntry
  }

  async update(id: string, patch: UpdateAuditEntry): Promise<AuditEntry> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('audit-entry', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(auditEntryEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(auditEntryEvents.removed, current)
  }

  private checkTransition(from: AuditEntryStatus, to: AuditEntryStatus): void {
    if (!auditEntryTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
