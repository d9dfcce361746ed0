// What can happen to a channel: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ChannelRepository } from './repository'
import { channelTransitions, type CreateChannel, type Channel, type ChannelQuery, type ChannelStatus, type UpdateChannel } from './schema'
import { channelEvents } from './events'

export interface ChannelLookups {
  storeExists(id: string): Promise<boolean>
}

export class ChannelService {
  constructor(
    private readonly repo: ChannelRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Channel>,
    private readonly lookups: ChannelLookups
  ) {}

  list(query: ChannelQuery): Promise<Channel[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Channel> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('channel', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateChannel): Promise<Channel> {
    if (!(await this.lookups.storeExists(input.storeId))) throw unprocessable('storeId', 'no such store')
    const at = toIsoDate(now())
    const channel: Channel = {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(channel)
    this.bus.emit(channelEvents.created, channel)
    return channel
  }

  async update(id: string, patch: UpdateChannel): Promise<Channel> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('channel', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(channelEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(channelEvents.removed, current)
  }

  private checkTransition(from: ChannelStatus, to: ChannelStatus): void {
    if (!channelTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
