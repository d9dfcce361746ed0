// What can happen to a cart: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CartRepository } from './repository'
import { cartTransitions, type CreateCart, type Cart, type CartQuery, type CartStatus, type UpdateCart } from './schema'
import { cartEvents } from './events'

export interface CartLookups {
  customerExists(id: string): Promise<boolean>
}

export class CartService {
  constructor(
    private readonly repo: CartRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Cart>,
    private readonly lookups: CartLookups
  ) {}

  list(query: CartQuery): Promise<Cart[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Cart> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('cart', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCart): Promise<Cart> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const cart: Cart = {
    ...input,
    total: roundMoney(input.total),
    expiresAt: toIsoDate(input.expiresAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(cart)
    this.bus.emit(cartEvents.created, cart)
    return cart
  }

  async update(id: string, patch: UpdateCart): Promise<Cart> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('cart', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(cartEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(cartEvents.removed, current)
  }

  private checkTransition(from: CartStatus, to: CartStatus): void {
    if (!cartTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
