// What can happen to a notification: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { NotificationRepository } from './repository'
import { notificationTransitions, type CreateNotification, type Notification, type NotificationQuery, type NotificationStatus, type UpdateNotification } from './schema'
import { notificationEvents } from './events'

export interface NotificationLookups {
  customerExists(id: string): Promise<boolean>
}

export class NotificationService {
  constructor(
    private readonly repo: NotificationRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Notification>,
    private readonly lookups: NotificationLookups
  ) {}

  list(query: NotificationQuery): Promise<Notification[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Notification> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('notification', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateNotification): Promise<Notification> {
    if (!(await this.lookups.customerExists(input.customerId))) throw unprocessable('customerId', 'no such customer')
    const at = toIsoDate(now())
    const notification: Notification = {
    ...input,
    channel: input.channel.trim(),
    template: input.template.trim(),
    sentAt: toIsoDate(input.sentAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(notification)
    this.bus.emit(notificationEvents.created, notification)
    return notification
  }

  async update(id: string, patch: UpdateNotification): Promise<Notification> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('notification', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(notificationEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(notificationEvents.removed, current)
  }

  private checkTransition(from: NotificationStatus, to: NotificationStatus): void {
    if (!notificationTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
