// What can happen to a zone: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate, uniqueTags } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ZoneRepository } from './repository'
import { zoneTransitions, type CreateZone, type Zone, type ZoneQuery, type ZoneStatus, type UpdateZone } from './schema'
import { zoneEvents } from './events'

export class ZoneService {
  constructor(
    private readonly repo: ZoneRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Zone>,
  ) {}

  list(query: ZoneQuery): Promise<Zone[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Zone> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('zone', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateZone): Promise<Zone> {
    const at = toIsoDate(now())
    const zone: Zone = {
    ...input,
    name: input.name.trim(),
    countries: uniqueTags(input.countries),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(zone)
    this.bus.emit(zoneEvents.created, zone)
    return zone
  }

  async update(id: string, patch: UpdateZone): Promise<Zone> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('zone', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(zoneEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(zoneEvents.removed, current)
  }

  private checkTransition(from: ZoneStatus, to: ZoneStatus): void {
    if (!zoneTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
