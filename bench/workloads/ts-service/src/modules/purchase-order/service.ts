// What can happen to a purchase-order: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PurchaseOrderRepository } from './repository'
import { purchaseOrderTransitions, type CreatePurchaseOrder, type PurchaseOrder, type PurchaseOrderQuery, type PurchaseOrderStatus, type UpdatePurchaseOrder } from './schema'
import { purchaseOrderEvents } from './events'

export interface PurchaseOrderLookups {
  supplierExists(id: string): Promise<boolean>
}

export class PurchaseOrderService {
  constructor(
    private readonly repo: PurchaseOrderRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<PurchaseOrder>,
    private readonly lookups: PurchaseOrderLookups
  ) {}

  list(query: PurchaseOrderQuery): Promise<PurchaseOrder[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<PurchaseOrder> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('purchase-order', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePurchaseOrder): Promise<PurchaseOrder> {
    if (!(await this.lookups.supplierExists(input.supplierId))) throw unprocessable('supplierId', 'no such supplier')
    const at = toIsoDate(now())
    const purchaseOrder: PurchaseOrder = {
    ...input,
    number: input.number.trim(),
    total: roundMoney(input.total),
    expectedAt: toIsoDate(input.expectedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(purchaseOrder)
    this.bus.emit(purchaseOrderEvents.created, purchaseOrder)
    return purchaseOrder
  }

  async update(id: string, patch: UpdatePurchaseOrder): Promise<PurchaseOrder> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('purchase-order', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(purchaseOrderEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(purchaseOrderEvents.removed, current)
  }

  private checkTransition(from: PurchaseOrderStatus, to: PurchaseOrderStatus): void {
    if (!purchaseOrderTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
