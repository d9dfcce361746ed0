// What can happen to a order-line: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { OrderLineRepository } from './repository'
import { orderLineTransitions, type CreateOrderLine, type OrderLine, type OrderLineQuery, type OrderLineStatus, type UpdateOrderLine } from './schema'
import { orderLineEvents } from './events'

export interface OrderLineLookups {
  orderExists(id: string): Promise<boolean>
  variantExists(id: string): Promise<boolean>
}

export class OrderLineService {
  constructor(
    private readonly repo: OrderLineRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<OrderLine>,
    private readonly lookups: OrderLineLookups
  ) {}

  list(query: OrderLineQuery): Promise<OrderLine[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<OrderLine> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('order-line', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateOrderLine): Promise<OrderLine> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    if (!(await this.lookups.variantExists(input.variantId))) throw unprocessable('variantId', 'no such variant')
    const at = toIsoDate(now())
    const orderLine: OrderLine = {
    ...input,
    unitPrice: roundMoney(input.unitPrice),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(orderLine)
    this.bus.emit(orderLineEvents.created, orderLine)
    return orderLine
  }

  async update(id: string, patch: UpdateOrderLine): Promise<OrderLine> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('order-line', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(orderLineEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(orderLineEvents.removed, current)
  }

  private checkTransition(from: OrderLineStatus, to: OrderLineStatus): void {
    if (!orderLineTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
