// The events a shipment emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Shipment } from './schema'

export const shipmentEvents = {
  created: 'shipment.created' as EventName<Shipment>,
  updated: 'shipment.updated' as EventName<Shipment>,
  removed: 'shipment.removed' as EventName<Shipment>
} as const

export function shipmentPayload(event: string, shipment: Shipment): Record<string, unknown> {
  return { type: event, id: shipment.id, version: shipment.version, status: shipment.status, at: shipment.updatedAt }
}
