// What can happen to a cart-item: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CartItemRepository } from './repository'
import { cartItemTransitions, type CreateCartItem, type CartItem, type CartItemQuery, type CartItemStatus, type UpdateCartItem } from './schema'
import { cartItemEvents } from './events'

export interface CartItemLookups {
  cartExists(id: string): Promise<boolean>
  variantExists(id: string): Promise<boolean>
}

export class CartItemService {
  constructor(
    private readonly repo: CartItemRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<CartItem>,
    private readonly lookups: CartItemLookups
  ) {}

  list(query: CartItemQuery): Promise<CartItem[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<CartItem> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('cart-item', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCartItem): Promise<CartItem> {
    if (!(await this.lookups.cartExists(input.cartId))) throw unprocessable('cartId', 'no such cart')
    if (!(await this.lookups.variantExists(input.variantId))) throw unprocessable('variantId', 'no such variant')
    const at = toIsoDate(now())
    const cartItem: CartItem = {
    ...input,
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(cartItem)
    this.bus.emit(cartItemEvents.created, cartItem)
    return cartItem
  }

  async update(id: string, patch: UpdateCartItem): Promise<CartItem> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('cart-item', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(cartItemEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(cartItemEvents.removed, current)
  }

  private checkTransition(from: CartItemStatus, to: CartItemStatus): void {
    if (!cartItemTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
