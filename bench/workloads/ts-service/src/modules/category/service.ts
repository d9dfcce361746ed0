// What can happen to a category: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CategoryRepository } from './repository'
import { categoryTransitions, type CreateCategory, type Category, type CategoryQuery, type CategoryStatus, type UpdateCategory } from './schema'
import { categoryEvents } from './events'

export class CategoryService {
  constructor(
    private readonly repo: CategoryRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Category>,
  ) {}

  list(query: CategoryQuery): Promise<Category[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Category> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('category', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCategory): Promise<Category> {
    const at = toIsoDate(now())
    const category: Category = {
    ...input,
    slug: input.slug.trim(),
    title: input.title.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(category)
    this.bus.emit(categoryEvents.created, category)
    return category
  }

  async update(id: string, patch: UpdateCategory): Promise<Category> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('category', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(categoryEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(categoryEvents.removed, current)
  }

  private checkTransition(from: CategoryStatus, to: CategoryStatus): void {
    if (!categoryTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
