// The events a carrier emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Carrier } from './schema'

export const carrierEvents = {
  created: 'carrier.created' as EventName<Carrier>,
  updated: 'carrier.updated' as EventName<Carrier>,
  removed: 'carrier.removed' as EventName<Carrier>
} as const

export function carrierPayload(event: string, carrier: Carrier): Record<string, unknown> {
  return { type: event, id: carrier.id, version: carrier.version, status: carrier.status, at: carrier.updatedAt }
}
