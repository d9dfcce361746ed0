// What can happen to a shipment: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ShipmentRepository } from './repository'
import { shipmentTransitions, type CreateShipment, type Shipment, type ShipmentQuery, type ShipmentStatus, type UpdateShipment } from './schema'
import { shipmentEvents } from './events'

export interface ShipmentLookups {
  orderExists(id: string): Promise<boolean>
}

export class ShipmentService {
  constructor(
    private readonly repo: ShipmentRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Shipment>,
    private readonly lookups: ShipmentLookups
  ) {}

  list(query: ShipmentQuery): Promise<Shipment[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Shipment> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('shipment', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateShipment): Promise<Shipment> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    const at = toIsoDate(now())
    const shipment: Shipment = {
    ...input,
    carrier: input.carrier.trim(),
    trackingCode: input.trackingCode.trim(),
    shippedAt: toIsoDate(input.shippedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(shipment)
    this.bus.emit(shipmentEvents.created, shipment)
    return shipment
  }

  async update(id: string, patch: UpdateShipment): Promise<Shipment> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('shipment', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(shipmentEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(shipmentEvents.removed, current)
  }

  private checkTransition(from: ShipmentStatus, to: ShipmentStatus): void {
    if (!shipmentTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
