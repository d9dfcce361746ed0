// What can happen to a address: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { AddressRepository } from './repository'
import { addressTransitions, type CreateAddress, type Address, type AddressQuery, type AddressStatus, type UpdateAddress } from './schema'
import { addressEvents } from './events'

export interface AddressLookups {
  customerExists(id: string): Promise<boolean>
}

export class AddressService {
  constructor(
    private readonly repo: AddressRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Address>,
    private readonly lookups: AddressLookups
  ) {}

  list(query: AddressQuery): Promise<Address[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Address> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('address', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateAddress): Promise<Address> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const address: Address = {
    ...input,
    line1: input.line1.trim(),
    line2: input.line2.trim(),
    city: input.city.trim(),
    postcode: input.postcode.trim(),
    country: input.country.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(address)
    this.bus.emit(addressEvents.created, address)
    return address
  }

  async update(id: string, patch: UpdateAddress): Promise<Address> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('address', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(addressEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(addressEvents.removed, current)
  }

  private checkTransition(from: AddressStatus, to: AddressStatus): void {
    if (!addressTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
