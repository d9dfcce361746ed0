// What can happen to a template: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { TemplateRepository } from './repository'
import { templateTransitions, type CreateTemplate, type Template, type TemplateQuery, type TemplateStatus, type UpdateTemplate } from './schema'
import { templateEvents } from './events'

export class TemplateService {
  constructor(
    private readonly repo: TemplateRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Template>,
  ) {}

  list(query: TemplateQuery): Promise<Template[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Template> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('template', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateTemplate): Promise<Template> {
    const at = toIsoDate(now())
    const template: Template = {
    ...input,
    key: input.key.trim(),
    subject: input.subject.trim(),
    body: sanitiseText(input.body),
    locale: input.locale.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(template)
    this.bus.emit(templateEvents.created, template)
    return template
  }

  async update(id: string, patch: UpdateTemplate): Promise<Template> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('template', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(templateEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(templateEvents.removed, current)
  }

  private checkTransition(from: TemplateStatus, to: TemplateStatus): void {
    if (!templateTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
