// What can happen to a variant: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { VariantRepository } from './repository'
import { variantTransitions, type CreateVariant, type Variant, type VariantQuery, type VariantStatus, type UpdateVariant } from './schema'
import { variantEvents } from './events'

export interface VariantLookups {
  productExists(id: string): Promise<boolean>
}

export class VariantService {
  constructor(
    private readonly repo: VariantRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Variant>,
    private readonly lookups: VariantLookups
  ) {}

  list(query: VariantQuery): Promise<Variant[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Variant> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('variant', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateVariant): Promise<Variant> {
    if (!(await this.lookups.productExists(input.productId))) throw unprocessable('productId', 'no such product')
    const at = toIsoDate(now())
    const variant: Variant = {
    ...input,
    sku: input.sku.trim(),
    size: input.size.trim(),
    colour: input.colour.trim(),
    price: roundMoney(input.price),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(variant)
    this.bus.emit(variantEvents.created, variant)
    return variant
  }

  async update(id: string, patch: UpdateVariant): Promise<Variant> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('variant', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(variantEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(variantEvents.removed, current)
  }

  private checkTransition(from: VariantStatus, to: VariantStatus): void {
    if (!variantTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
