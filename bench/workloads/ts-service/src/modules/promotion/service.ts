// What can happen to a promotion: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PromotionRepository } from './repository'
import { promotionTransitions, type CreatePromotion, type Promotion, type PromotionQuery, type PromotionStatus, type UpdatePromotion } from './schema'
import { promotionEvents } from './events'

export class PromotionService {
  constructor(
    private readonly repo: PromotionRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Promotion>,
  ) {}

  list(query: PromotionQuery): Promise<Promotion[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Promotion> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('promotion', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePromotion): Promise<Promotion> {
    const at = toIsoDate(now())
    const promotion: Promotion = {
    ...input,
    title: input.title.trim(),
    description: sanitiseText(input.description),
    startsAt: toIsoDate(input.startsAt),
    endsAt: toIsoDate(input.endsAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(promotion)
    this.bus.emit(promotionEvents.created, promotion)
    return promotion
  }

  async update(id: string, patch: UpdatePromotion): Promise<Promotion> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('promotion', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(promotionEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(promotionEvents.removed, current)
  }

  private checkTransition(from: PromotionStatus, to: PromotionStatus): void {
    if (!promotionTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
