// What can happen to a customer: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { normaliseEmail, sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CustomerRepository } from './repository'
import { customerTransitions, type CreateCustomer, type Customer, type CustomerQuery, type CustomerStatus, type UpdateCustomer } from './schema'
import { customerEvents } from './events'

export class CustomerService {
  constructor(
    private readonly repo: CustomerRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Customer>,
  ) {}

  list(query: CustomerQuery): Promise<Customer[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Customer> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('customer', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCustomer): Promise<Customer> {
    const at = toIsoDate(now())
    const customer: Customer = {
    ...input,
    name: input.name.trim(),
    email: normaliseEmail(input.email),
    phone: input.phone.trim(),
    company: input.company.trim(),
    notes: sanitiseText(input.notes),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(customer)
    this.bus.emit(customerEvents.created, customer)
    return customer
  }

  async update(id: string, patch: UpdateCustomer): Promise<Customer> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('customer', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(customerEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(customerEvents.removed, current)
  }

  private checkTransition(from: CustomerStatus, to: CustomerStatus): void {
    if (!customerTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
