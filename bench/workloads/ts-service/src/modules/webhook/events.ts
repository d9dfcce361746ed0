// The events a webhook emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Webhook } from './schema'

export const webhookEvents = {
  created: 'webhook.created' as EventName<Webhook>,
  updated: 'webhook.updated' as EventName<Webhook>,
  removed: 'webhook.removed' as EventName<Webhook>
} as const

export function webhookPayload(event: string, webhook: Webhook): Record<string, unknown> {
  return { type: event, id: webhook.id, version: webhook.version, status: webhook.status, at: webhook.updatedAt }
}
