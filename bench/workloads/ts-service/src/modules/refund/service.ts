// What can happen to a refund: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { RefundRepository } from './repository'
import { refundTransitions, type CreateRefund, type Refund, type RefundQuery, type RefundStatus, type UpdateRefund } from './schema'
import { refundEvents } from './events'

export interface RefundLookups {
  paymentExists(id: string): Promise<boolean>
}

export class RefundService {
  constructor(
    private readonly repo: RefundRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Refund>,
    private readonly lookups: RefundLookups
  ) {}

  list(query: RefundQuery): Promise<Refund[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Refund> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('refund', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateRefund): Promise<Refund> {
    if (!(await this.lookups.paymentExists(input.paymentId))) throw unprocessable('paymentId', 'no such payment')
    const at = toIsoDate(now())
    const refund: Refund = {
    ...input,
    amount: roundMoney(input.amount),
    reason: sanitiseText(input.reason),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(refund)
    this.bus.emit(refundEvents.created, refund)
    return refund
  }

  async update(id: string, patch: UpdateRefund): Promise<Refund> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('refund', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(refundEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(refundEvents.removed, current)
  }

  private checkTransition(from: RefundStatus, to: RefundStatus): void {
    if (!refundTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
