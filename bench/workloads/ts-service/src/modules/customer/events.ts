// The events a customer emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Customer } from './schema'

export const customerEvents = {
  created: 'customer.created' as EventName<Customer>,
  updated: 'customer.updated' as EventName<Customer>,
  removed: 'customer.removed' as EventName<Customer>
} as const

export function customerPayload(event: string, customer: Customer): Record<string, unknown> {
  return { type: event, id: customer.id, version: customer.version, status: customer.status, at: customer.updatedAt }
}
