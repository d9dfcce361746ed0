// What can happen to a payment: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PaymentRepository } from './repository'
import { paymentTransitions, type CreatePayment, type Payment, type PaymentQuery, type PaymentStatus, type UpdatePayment } from './schema'
import { paymentEvents } from './events'

export interface PaymentLookups {
  orderExists(id: string): Promise<boolean>
}

export class PaymentService {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Payment>,
    private readonly lookups: PaymentLookups
  ) {}

  list(query: PaymentQuery): Promise<Payment[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Payment> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('payment', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePayment): Promise<Payment> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    const at = toIsoDate(now())
    const payment: Payment = {
    ...input,
    amount: roundMoney(input.amount),
    provider: input.provider.trim(),
    reference: input.reference.trim(),
    capturedAt: toIsoDate(input.capturedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(payment)
    this.bus.emit(paymentEvents.created, payment)
    return payment
  }

  async update(id: string, patch: UpdatePayment): Promise<Payment> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('payment', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(paymentEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(paymentEvents.removed, current)
  }

  private checkTransition(from: PaymentStatus, to: PaymentStatus): void {
    if (!paymentTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
