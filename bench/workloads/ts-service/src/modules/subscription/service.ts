// What can happen to a subscription: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { SubscriptionRepository } from './repository'
import { subscriptionTransitions, type CreateSubscription, type Subscription, type SubscriptionQuery, type SubscriptionStatus, type UpdateSubscription } from './schema'
import { subscriptionEvents } from './events'

export interface SubscriptionLookups {
  customerExists(id: string): Promise<boolean>
}

export class SubscriptionService {
  constructor(
    private readonly repo: SubscriptionRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Subscription>,
    private readonly lookups: SubscriptionLookups
  ) {}

  list(query: SubscriptionQuery): Promise<Subscription[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Subscription> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('subscription', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateSubscription): Promise<Subscription> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const subscription: Subscription = {
    ...input,
    plan: input.plan.trim(),
    price: roundMoney(input.price),
    renewsAt: toIsoDate(input.renewsAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(subscription)
    this.bus.emit(subscriptionEvents.created, subscription)
    return subscription
  }

  async update(id: string, patch: UpdateSubscription): Promise<Subscription> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('subscription', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(subscriptionEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(subscriptionEvents.removed, current)
  }

  private checkTransition(from: SubscriptionStatus, to: SubscriptionStatus): void {
    if (!subscriptionTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
