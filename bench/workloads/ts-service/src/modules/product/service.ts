// What can happen to a product: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, sanitiseText, toIsoDate, uniqueTags } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ProductRepository } from './repository'
import { productTransitions, type CreateProduct, type Product, type ProductQuery, type ProductStatus, type UpdateProduct } from './schema'
import { productEvents } from './events'

export class ProductService {
  constructor(
    private readonly repo: ProductRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Product>,
  ) {}

  list(query: ProductQuery): Promise<Product[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Product> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('product', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateProduct): Promise<Product> {
    const at = toIsoDate(now())
    const product: Product = {
    ...input,
    sku: input.sku.trim(),
    title: input.title.trim(),
    description: sanitiseText(input.description),
    price: roundMoney(input.price),
    tags: uniqueTags(input.tags),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(product)
    this.bus.emit(productEvents.created, product)
    return product
  }

  async update(id: string, patch: UpdateProduct): Promise<Product> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('product', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(productEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(productEvents.removed, current)
  }

  private checkTransition(from: ProductStatus, to: ProductStatus): void {
    if (!productTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
