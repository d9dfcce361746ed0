// What can happen to a credit-note: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { CreditNoteRepository } from './repository'
import { creditNoteTransitions, type CreateCreditNote, type CreditNote, type CreditNoteQuery, type CreditNoteStatus, type UpdateCreditNote } from './schema'
import { creditNoteEvents } from './events'

export interface CreditNoteLookups {
  invoiceExists(id: string): Promise<boolean>
}

export class CreditNoteService {
  constructor(
    private readonly repo: CreditNoteRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<CreditNote>,
    private readonly lookups: CreditNoteLookups
  ) {}

  list(query: CreditNoteQuery): Promise<CreditNote[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<CreditNote> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('credit-note', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateCreditNote): Promise<CreditNote> {
    if (!(await this.lookups.invoiceExists(input.invoiceId))) throw unprocessable('invoiceId', 'no such invoice')
    const at = toIsoDate(now())
    const creditNote: CreditNote = {
    ...input,
    amount: roundMoney(input.amount),
    reason: sanitiseText(input.reason),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(creditNote)
    this.bus.emit(creditNoteEvents.created, creditNote)
    return creditNote
  }

  async update(id: string, patch: UpdateCreditNote): Promise<CreditNote> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('credit-note', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(creditNoteEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(creditNoteEvents.removed, current)
  }

  private checkTransition(from: CreditNoteStatus, to: CreditNoteStatus): void {
    if (!creditNoteTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
