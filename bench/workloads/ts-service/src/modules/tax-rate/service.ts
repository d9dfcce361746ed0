// What can happen to a tax-rate: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { TaxRateRepository } from './repository'
import { taxRateTransitions, type CreateTaxRate, type TaxRate, type TaxRateQuery, type TaxRateStatus, type UpdateTaxRate } from './schema'
import { taxRateEvents } from './events'

export class TaxRateService {
  constructor(
    private readonly repo: TaxRateRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<TaxRate>,
  ) {}

  list(query: TaxRateQuery): Promise<TaxRate[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<TaxRate> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('tax-rate', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateTaxRate): Promise<TaxRate> {
    const at = toIsoDate(now())
    const taxRate: TaxRate = {
    ...input,
    country: input.country.trim(),
    region: input.region.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(taxRate)
    this.bus.emit(taxRateEvents.created, taxRate)
    return taxRate
  }

  async update(id: string, patch: UpdateTaxRate): Promise<TaxRate> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('tax-rate', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(taxRateEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(taxRateEvents.removed, current)
  }

  private checkTransition(from: TaxRateStatus, to: TaxRateStatus): void {
    if (!taxRateTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
