// The events a refund emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Refund } from './schema'

export const refundEvents = {
  created: 'refund.created' as EventName<Refund>,
  updated: 'refund.updated' as EventName<Refund>,
  removed: 'refund.removed' as EventName<Refund>
} as const

export function refundPayload(event: string, refund: Refund): Record<string, unknown> {
  return { type: event, id: refund.id, version: refund.version, status: refund.status, at: refund.updatedAt }
}
