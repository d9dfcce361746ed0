// What can happen to a coupon: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CouponRepository } from './repository'
import { couponTransitions, type CreateCoupon, type Coupon, type CouponQuery, type CouponStatus, type UpdateCoupon } from './schema'
import { couponEvents } from './events'

export class CouponService {
  constructor(
    private readonly repo: CouponRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Coupon>,
  ) {}

  list(query: CouponQuery): Promise<Coupon[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Coupon> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('coupon', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCoupon): Promise<Coupon> {
    const at = toIsoDate(now())
    const coupon: Coupon = {
    ...input,
    code: input.code.trim(),
    validUntil: toIsoDate(input.validUntil),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(coupon)
    this.bus.emit(couponEvents.created, coupon)
    return coupon
  }

  async update(id: string, patch: UpdateCoupon): Promise<Coupon> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('coupon', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(couponEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(couponEvents.removed, current)
  }

  private checkTransition(from: CouponStatus, to: CouponStatus): void {
    if (!couponTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
