// The events a payment emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Payment } from './schema'

export const paymentEvents = {
  created: 'payment.created' as EventName<Payment>,
  updated: 'payment.updated' as EventName<Payment>,
  removed: 'payment.removed' as EventName<Payment>
} as const

export function paymentPayload(event: string, payment: Payment): Record<string, unknown> {
  return { type: event, id: payment.id, version: payment.version, status: payment.status, at: payment.updatedAt }
}
