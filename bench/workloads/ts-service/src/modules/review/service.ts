// What can happen to a review: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ReviewRepository } from './repository'
import { reviewTransitions, type CreateReview, type Review, type ReviewQuery, type ReviewStatus, type UpdateReview } from './schema'
import { reviewEvents } from './events'

export interface ReviewLookups {
  productExists(id: string): Promise<boolean>
  customerExists(id: string): Promise<boolean>
}

export class ReviewService {
  constructor(
    private readonly repo: ReviewRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Review>,
    private readonly lookups: ReviewLookups
  ) {}

  list(query: ReviewQuery): Promise<Review[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Review> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('review', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateReview): Promise<Review> {
    if (!(await this.lookups.productExists(input.productId))) throw unprocessable('productId', 'no such product')
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const review: Review = {
    ...input,
    body: sanitiseText(input.body),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(review)
    this.bus.emit(reviewEvents.created, review)
    return review
  }

  async update(id: string, patch: UpdateReview): Promise<Review> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('review', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(reviewEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(reviewEvents.removed, current)
  }

  private checkTransition(from: ReviewStatus, to: ReviewStatus): void {
    if (!reviewTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
