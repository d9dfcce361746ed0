// The events a notification emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Notification } from './schema'

export const notificationEvents = {
  created: 'notification.created' as EventName<Notification>,
  updated: 'notification.updated' as EventName<Notification>,
  removed: 'notification.removed' as EventName<Notification>
} as const

export function notificationPayload(event: string, notification: Notification): Record<string, unknown> {
  return { type: event, id: notification.id, version: notification.version, status: notification.status, at: notification.updatedAt }
}
