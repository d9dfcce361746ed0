// What can happen to a supplier: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { normaliseEmail, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { SupplierRepository } from './repository'
import { supplierTransitions, type CreateSupplier, type Supplier, type SupplierQuery, type SupplierStatus, type UpdateSupplier } from './schema'
import { supplierEvents } from './events'

export class SupplierService {
  constructor(
    private readonly repo: SupplierRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Supplier>,
  ) {}

  list(query: SupplierQuery): Promise<Supplier[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Supplier> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('supplier', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateSupplier): Promise<Supplier> {
    const at = toIsoDate(now())
    const supplier: Supplier = {
    ...input,
    name: input.name.trim(),
    email: normaliseEmail(input.email),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(supplier)
    this.bus.emit(supplierEvents.created, supplier)
    return supplier
  }

  async update(id: string, patch: UpdateSupplier): Promise<Supplier> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('supplier', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(supplierEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(supplierEvents.removed, current)
  }

  private checkTransition(from: SupplierStatus, to: SupplierStatus): void {
    if (!supplierTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
