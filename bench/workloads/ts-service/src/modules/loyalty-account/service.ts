// What can happen to a loyalty-account: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { LoyaltyAccountRepository } from './repository'
import { loyaltyAccountTransitions, type CreateLoyaltyAccount, type LoyaltyAccount, type LoyaltyAccountQuery, type LoyaltyAccountStatus, type UpdateLoyaltyAccount } from './schema'
import { loyaltyAccountEvents } from './events'

export interface LoyaltyAccountLookups {
  customerExists(id: string): Promise<boolean>
}

export class LoyaltyAccountService {
  constructor(
    private readonly repo: LoyaltyAccountRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<LoyaltyAccount>,
    private readonly lookups: LoyaltyAccountLookups
  ) {}

  list(query: LoyaltyAccountQuery): Promise<LoyaltyAccount[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<LoyaltyAccount> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('loyalty-account', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateLoyaltyAccount): Promise<LoyaltyAccount> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const loyaltyAccount: LoyaltyAccount = {
    ...input,
    tier: input.tier.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(loyaltyAccount)
    this.bus.emit(loyaltyAccountEvents.created, loyaltyAccount)
    return loyaltyAccount
  }

  async update(id: string, patch: UpdateLoyaltyAccount): Promise<LoyaltyAccount> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('loyalty-account', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(loyaltyAccountEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(loyaltyAccountEvents.removed, current)
  }

  private checkTransition(from: LoyaltyAccountStatus, to: LoyaltyAccountStatus): void {
    if (!loyaltyAccountTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
