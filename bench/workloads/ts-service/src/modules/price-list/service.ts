// What can happen to a price-list: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PriceListRepository } from './repository'
import { priceListTransitions, type CreatePriceList, type PriceList, type PriceListQuery, type PriceListStatus, type UpdatePriceList } from './schema'
import { priceListEvents } from './events'

export class PriceListService {
  constructor(
    private readonly repo: PriceListRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<PriceList>,
  ) {}

  list(query: PriceListQuery): Promise<PriceList[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<PriceList> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('price-list', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePriceList): Promise<PriceList> {
    const at = toIsoDate(now())
    const priceList: PriceList = {
    ...input,
    name: input.name.trim(),
    currency: input.currency.trim(),
    validFrom: toIsoDate(input.validFrom),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(priceList)
    this.bus.emit(priceListEvents.created, priceList)
    return priceList
  }

  async update(id: string, patch: UpdatePriceList): Promise<PriceList> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('price-list', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(priceListEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(priceListEvents.removed, current)
  }

  private checkTransition(from: PriceListStatus, to: PriceListStatus): void {
    if (!priceListTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
