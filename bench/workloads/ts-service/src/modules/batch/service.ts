// What can happen to a batch: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { BatchRepository } from './repository'
import { batchTransitions, type CreateBatch, type Batch, type BatchQuery, type BatchStatus, type UpdateBatch } from './schema'
import { batchEvents } from './events'

export interface BatchLookups {
  warehouseExists(id: string): Promise<boolean>
}

export class BatchService {
  constructor(
    private readonly repo: BatchRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Batch>,
    private readonly lookups: BatchLookups
  ) {}

  list(query: BatchQuery): Promise<Batch[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Batch> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('batch', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateBatch): Promise<Batch> {
    if (!(await this.lookups.warehouseExists(input.warehouseId))) throw unprocessable('warehouseId', 'no such warehouse')
    const at = toIsoDate(now())
    const batch: Batch = {
    ...input,
    code: input.code.trim(),
    expiresAt: toIsoDate(input.expiresAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(batch)
    this.bus.emit(batchEvents.created, batch)
    return batch
  }

  async update(id: string, patch: UpdateBatch): Promise<Batch> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('batch', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(batchEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(batchEvents.removed, current)
  }

  private checkTransition(from: BatchStatus, to: BatchStatus): void {
    if (!batchTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
