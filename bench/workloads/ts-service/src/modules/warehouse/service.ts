// What can happen to a warehouse: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { WarehouseRepository } from './repository'
import { warehouseTransitions, type CreateWarehouse, type Warehouse, type WarehouseQuery, type WarehouseStatus, type UpdateWarehouse } from './schema'
import { warehouseEvents } from './events'

export class WarehouseService {
  constructor(
    private readonly repo: WarehouseRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Warehouse>,
  ) {}

  list(query: WarehouseQuery): Promise<Warehouse[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Warehouse> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('warehouse', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateWarehouse): Promise<Warehouse> {
    const at = toIsoDate(now())
    const warehouse: Warehouse = {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
    city: input.city.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(warehouse)
    this.bus.emit(warehouseEvents.created, warehouse)
    return warehouse
  }

  async update(id: string, patch: UpdateWarehouse): Promise<Warehouse> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('warehouse', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(warehouseEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(warehouseEvents.removed, current)
  }

  private checkTransition(from: WarehouseStatus, to: WarehouseStatus): void {
    if (!warehouseTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
