// What can happen to a webhook: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate, uniqueTags } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { WebhookRepository } from './repository'
import { webhookTransitions, type CreateWebhook, type Webhook, type WebhookQuery, type WebhookStatus, type UpdateWebhook } from './schema'
import { webhookEvents } from './events'

export class WebhookService {
  constructor(
    private readonly repo: WebhookRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Webhook>,
  ) {}

  list(query: WebhookQuery): Promise<Webhook[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Webhook> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('webhook', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateWebhook): Promise<Webhook> {
    const at = toIsoDate(now())
    const webhook: Webhook = {
    ...input,
    secret: input.secret.trim(),
    events: uniqueTags(input.events),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(webhook)
    this.bus.emit(webhookEvents.created, webhook)
    return webhook
  }

  async update(id: string, patch: UpdateWebhook): Promise<Webhook> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('webhook', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(webhookEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(webhookEvents.removed, current)
  }

  private checkTransition(from: WebhookStatus, to: WebhookStatus): void {
    if (!webhookTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
