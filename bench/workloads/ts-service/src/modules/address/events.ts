// The events a address emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Address } from './schema'

export const addressEvents = {
  created: 'address.created' as EventName<Address>,
  updated: 'address.updated' as EventName<Address>,
  removed: 'address.removed' as EventName<Address>
} as const

export function addressPayload(event: string, address: Address): Record<string, unknown> {
  return { type: event, id: address.id, version: address.version, status: address.status, at: address.updatedAt }
}
