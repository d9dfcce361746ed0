// The events a warehouse emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Warehouse } from './schema'

export const warehouseEvents = {
  created: 'warehouse.created' as EventName<Warehouse>,
  updated: 'warehouse.updated' as EventName<Warehouse>,
  removed: 'warehouse.removed' as EventName<Warehouse>
} as const

export function warehousePayload(event: string, warehouse: Warehouse): Record<string, unknown> {
  return { type: event, id: warehouse.id, version: warehouse.version, status: warehouse.status, at: warehouse.updatedAt }
}
