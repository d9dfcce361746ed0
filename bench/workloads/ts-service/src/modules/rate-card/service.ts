// What can happen to a rate-card: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { RateCardRepository } from './repository'
import { rateCardTransitions, type CreateRateCard, type RateCard, type RateCardQuery, type RateCardStatus, type UpdateRateCard } from './schema'
import { rateCardEvents } from './events'

export interface RateCardLookups {
  carrierExists(id: string): Promise<boolean>
  zoneExists(id: string): Promise<boolean>
}

export class RateCardService {
  constructor(
    private readonly repo: RateCardRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<RateCard>,
    private readonly lookups: RateCardLookups
  ) {}

  list(query: RateCardQuery): Promise<RateCard[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<RateCard> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('rate-card', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateRateCard): Promise<RateCard> {
    if (!(await this.lookups.carrierExists(input.carrierId))) throw unprocessable('carrierId', 'no such carrier')
    if (!(await this.lookups.zoneExists(input.zoneId))) throw unprocessable('zoneId', 'no such zone')
    const at = toIsoDate(now())
    const rateCard: RateCard = {
    ...input,
    price: roundMoney(input.price),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(rateCard)
    this.bus.emit(rateCardEvents.created, rateCard)
    return rateCard
  }

  async update(id: string, patch: UpdateRateCard): Promise<RateCard> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('rate-card', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(rateCardEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(rateCardEvents.removed, current)
  }

  private checkTransition(from: RateCardStatus, to: RateCardStatus): void {
    if (!rateCardTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
