// What can happen to a store: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { StoreRepository } from './repository'
import { storeTransitions, type CreateStore, type Store, type StoreQuery, type StoreStatus, type UpdateStore } from './schema'
import { storeEvents } from './events'

export class StoreService {
  constructor(
    private readonly repo: StoreRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Store>,
  ) {}

  list(query: StoreQuery): Promise<Store[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Store> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('store', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateStore): Promise<Store> {
    const at = toIsoDate(now())
    const store: Store = {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
    timezone: input.timezone.trim(),
    currency: input.currency.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(store)
    this.bus.emit(storeEvents.created, store)
    return store
  }

  async update(id: string, patch: UpdateStore): Promise<Store> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('store', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(storeEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(storeEvents.removed, current)
  }

  private checkTransition(from: StoreStatus, to: StoreStatus): void {
    if (!storeTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
