// The events a zone emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Zone } from './schema'

export const zoneEvents = {
  created: 'zone.created' as EventName<Zone>,
  updated: 'zone.updated' as EventName<Zone>,
  removed: 'zone.removed' as EventName<Zone>
} as const

export function zonePayload(event: string, zone: Zone): Record<string, unknown> {
  return { type: event, id: zone.id, version: zone.version, status: zone.status, at: zone.updatedAt }
}
