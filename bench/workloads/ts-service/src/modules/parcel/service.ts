// What can happen to a parcel: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ParcelRepository } from './repository'
import { parcelTransitions, type CreateParcel, type Parcel, type ParcelQuery, type ParcelStatus, type UpdateParcel } from './schema'
import { parcelEvents } from './events'

export interface ParcelLookups {
  shipmentExists(id: string): Promise<boolean>
}

export class ParcelService {
  constructor(
    private readonly repo: ParcelRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Parcel>,
    private readonly lookups: ParcelLookups
  ) {}

  list(query: ParcelQuery): Promise<Parcel[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Parcel> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('parcel', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateParcel): Promise<Parcel> {
    if (!(await this.lookups.shipmentExists(input.shipmentId))) throw unprocessable('shipmentId', 'no such shipment')
    const at = toIsoDate(now())
    const parcel: Parcel = {
    ...input,
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(parcel)
    this.bus.emit(parcelEvents.created, parcel)
    return parcel
  }

  async update(id: string, patch: UpdateParcel): Promise<Parcel> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('parcel', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(parcelEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(parcelEvents.removed, current)
  }

  private checkTransition(from: ParcelStatus, to: ParcelStatus): void {
    if (!parcelTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
