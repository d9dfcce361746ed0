// What can happen to a banner: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { BannerRepository } from './repository'
import { bannerTransitions, type CreateBanner, type Banner, type BannerQuery, type BannerStatus, type UpdateBanner } from './schema'
import { bannerEvents } from './events'

export class BannerService {
  constructor(
    private readonly repo: BannerRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Banner>,
  ) {}

  list(query: BannerQuery): Promise<Banner[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Banner> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('banner', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateBanner): Promise<Banner> {
    const at = toIsoDate(now())
    const banner: Banner = {
    ...input,
    title: input.title.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(banner)
    this.bus.emit(bannerEvents.created, banner)
    return banner
  }

  async update(id: string, patch: UpdateBanner): Promise<Banner> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('banner', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(bannerEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(bannerEvents.removed, current)
  }

  private checkTransition(from: BannerStatus, to: BannerStatus): void {
    if (!bannerTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
