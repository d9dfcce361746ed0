// What can happen to a gift-card: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { GiftCardRepository } from './repository'
import { giftCardTransitions, type CreateGiftCard, type GiftCard, type GiftCardQuery, type GiftCardStatus, type UpdateGiftCard } from './schema'
import { giftCardEvents } from './events'

export class GiftCardService {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<GiftCard>,
  ) {}

  list(query: GiftCardQuery): Promise<GiftCard[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<GiftCard> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('gift-card', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateGiftCard): Promise<GiftCard> {
    const at = toIsoDate(now())
    const giftCard: GiftCard = {
    ...input,
    code: input.code.trim(),
    balance: roundMoney(input.balance),
    expiresAt: toIsoDate(input.expiresAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(giftCard)
    this.bus.emit(giftCardEvents.created, giftCard)
    return giftCard
  }

  async update(id: string, patch: UpdateGiftCard): Promise<GiftCard> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('gift-card', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(giftCardEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(giftCardEvents.removed, current)
  }

  private checkTransition(from: GiftCardStatus, to: GiftCardStatus): void {
    if (!giftCardTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
