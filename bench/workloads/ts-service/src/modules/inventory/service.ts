// What can happen to a inventory: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { InventoryRepository } from './repository'
import { inventoryTransitions, type CreateInventory, type Inventory, type InventoryQuery, type InventoryStatus, type UpdateInventory } from './schema'
import { inventoryEvents } from './events'

export interface InventoryLookups {
  variantExists(id: string): Promise<boolean>
  warehouseExists(id: string): Promise<boolean>
}

export class InventoryService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Inventory>,
    private readonly lookups: InventoryLookups
  ) {}

  list(query: InventoryQuery): Promise<Inventory[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Inventory> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('inventory', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateInventory): Promise<Inventory> {
    if (!(await this.lookups.variantExists(input.variantId))) throw unprocessable('variantId', 'no such variant')
    if (!(await this.lookups.warehouseExists(input.warehouseId))) throw unprocessable('warehouseId', 'no such warehouse')
    const at = toIsoDate(now())
    const inventory: Inventory = {
    ...input,
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(inventory)
    this.bus.emit(inventoryEvents.created, inventory)
    return inventory
  }

  async update(id: string, patch: UpdateInventory): Promise<Inventory> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('inventory', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(inventoryEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(inventoryEvents.removed, current)
  }

  private checkTransition(from: InventoryStatus, to: InventoryStatus): void {
    if (!inventoryTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
