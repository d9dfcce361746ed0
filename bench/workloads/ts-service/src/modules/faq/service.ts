// What can happen to a faq: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { FaqRepository } from './repository'
import { faqTransitions, type CreateFaq, type Faq, type FaqQuery, type FaqStatus, type UpdateFaq } from './schema'
import { faqEvents } from './events'

export class FaqService {
  constructor(
    private readonly repo: FaqRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Faq>,
  ) {}

  list(query: FaqQuery): Promise<Faq[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Faq> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('faq', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateFaq): Promise<Faq> {
    const at = toIsoDate(now())
    const faq: Faq = {
    ...input,
    question: input.question.trim(),
    answer: sanitiseText(input.answer),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(faq)
    this.bus.emit(faqEvents.created, faq)
    return faq
  }

  async update(id: string, patch: UpdateFaq): Promise<Faq> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('faq', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(faqEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(faqEvents.removed, current)
  }

  private checkTransition(from: FaqStatus, to: FaqStatus): void {
    if (!faqTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
