// What can happen to a order: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { OrderRepository } from './repository'
import { orderTransitions, type CreateOrder, type Order, type OrderQuery, type OrderStatus, type UpdateOrder } from './schema'
import { orderEvents } from './events'

export interface OrderLookups {
  customerExists(id: string): Promise<boolean>
}

export class OrderService {
  constructor(
    private readonly repo: OrderRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Order>,
    private readonly lookups: OrderLookups
  ) {}

  list(query: OrderQuery): Promise<Order[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Order> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('order', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateOrder): Promise<Order> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const order: Order = {
    ...input,
    number: input.number.trim(),
    total: roundMoney(input.total),
    placedAt: toIsoDate(input.placedAt),
    notes: sanitiseText(input.notes),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(order)
    this.bus.emit(orderEvents.created, order)
    return order
  }

  async update(id: string, patch: UpdateOrder): Promise<Order> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('order', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(orderEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(orderEvents.removed, current)
  }

  private checkTransition(from: OrderStatus, to: OrderStatus): void {
    if (!orderTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
