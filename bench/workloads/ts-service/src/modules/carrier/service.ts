// What can happen to a carrier: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CarrierRepository } from './repository'
import { carrierTransitions, type CreateCarrier, type Carrier, type CarrierQuery, type CarrierStatus, type UpdateCarrier } from './schema'
import { carrierEvents } from './events'

export class CarrierService {
  constructor(
    private readonly repo: CarrierRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Carrier>,
  ) {}

  list(query: CarrierQuery): Promise<Carrier[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Carrier> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('carrier', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCarrier): Promise<Carrier> {
    const at = toIsoDate(now())
    const carrier: Carrier = {
    ...input,
    code: input.code.trim(),
    name: input.name.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(carrier)
    this.bus.emit(carrierEvents.created, carrier)
    return carrier
  }

  async update(id: string, patch: UpdateCarrier): Promise<Carrier> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('carrier', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(carrierEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(carrierEvents.removed, current)
  }

  private checkTransition(from: CarrierStatus, to: CarrierStatus): void {
    if (!carrierTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
