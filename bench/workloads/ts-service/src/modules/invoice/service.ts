// What can happen to a invoice: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { InvoiceRepository } from './repository'
import { invoiceTransitions, type CreateInvoice, type Invoice, type InvoiceQuery, type InvoiceStatus, type UpdateInvoice } from './schema'
import { invoiceEvents } from './events'

export interface InvoiceLookups {
  orderExists(id: string): Promise<boolean>
}

export class InvoiceService {
  constructor(
    private readonly repo: InvoiceRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Invoice>,
    private readonly lookups: InvoiceLookups
  ) {}

  list(query: InvoiceQuery): Promise<Invoice[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Invoice> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('invoice', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateInvoice): Promise<Invoice> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    const at = toIsoDate(now())
    const invoice: Invoice = {
    ...input,
    number: input.number.trim(),
    total: roundMoney(input.total),
    dueAt: toIsoDate(input.dueAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(invoice)
    this.bus.emit(invoiceEvents.created, invoice)
    return invoice
  }

  async update(id: string, patch: UpdateInvoice): Promise<Invoice> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('invoice', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(invoiceEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(invoiceEvents.removed, current)
  }

  private checkTransition(from: InvoiceStatus, to: InvoiceStatus): void {
    if (!invoiceTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
