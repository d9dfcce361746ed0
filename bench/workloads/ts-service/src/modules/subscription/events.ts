// The events a subscription emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Subscription } from './schema'

export const subscriptionEvents = {
  created: 'subscription.created' as EventName<Subscription>,
  updated: 'subscription.updated' as EventName<Subscription>,
  removed: 'subscription.removed' as EventName<Subscription>
} as const

export function subscriptionPayload(event: string, subscription: Subscription): Record<string, unknown> {
  return { type: event, id: subscription.id, version: subscription.version, status: subscription.status, at: subscription.updatedAt }
}
