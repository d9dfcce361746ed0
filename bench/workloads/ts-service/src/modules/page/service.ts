// What can happen to a page: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PageRepository } from './repository'
import { pageTransitions, type CreatePage, type Page, type PageQuery, type PageStatus, type UpdatePage } from './schema'
import { pageEvents } from './events'

export class PageService {
  constructor(
    private readonly repo: PageRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Page>,
  ) {}

  list(query: PageQuery): Promise<Page[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Page> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('page', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePage): Promise<Page> {
    const at = toIsoDate(now())
    const page: Page = {
    ...input,
    slug: input.slug.trim(),
    title: input.title.trim(),
    body: sanitiseText(input.body),
    publishedAt: toIsoDate(input.publishedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(page)
    this.bus.emit(pageEvents.created, page)
    return page
  }

  async update(id: string, patch: UpdatePage): Promise<Page> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('page', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(pageEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(pageEvents.removed, current)
  }

  private checkTransition(from: PageStatus, to: PageStatus): void {
    if (!pageTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
