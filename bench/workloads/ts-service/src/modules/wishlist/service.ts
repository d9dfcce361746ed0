// What can happen to a wishlist: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { WishlistRepository } from './repository'
import { wishlistTransitions, type CreateWishlist, type Wishlist, type WishlistQuery, type WishlistStatus, type UpdateWishlist } from './schema'
import { wishlistEvents } from './events'

export interface WishlistLookups {
  customerExists(id: string): Promise<boolean>
}

export class WishlistService {
  constructor(
    private readonly repo: WishlistRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Wishlist>,
    private readonly lookups: WishlistLookups
  ) {}

  list(query: WishlistQuery): Promise<Wishlist[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Wishlist> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('wishlist', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateWishlist): Promise<Wishlist> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const wishlist: Wishlist = {
    ...input,
    title: input.title.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(wishlist)
    this.bus.emit(wishlistEvents.created, wishlist)
    return wishlist
  }

  async update(id: string, patch: UpdateWishlist): Promise<Wishlist> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('wishlist', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(wishlistEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(wishlistEvents.removed, current)
  }

  private checkTransition(from: WishlistStatus, to: WishlistStatus): void {
    if (!wishlistTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
