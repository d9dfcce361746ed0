// The events a inventory emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Inventory } from './schema'

export const inventoryEvents = {
  created: 'inventory.created' as EventName<Inventory>,
  updated: 'inventory.updated' as EventName<Inventory>,
  removed: 'inventory.removed' as EventName<Inventory>
} as const

export function inventoryPayload(event: string, inventory: Inventory): Record<string, unknown> {
  return { type: event, id: inventory.id, version: inventory.version, status: inventory.status, at: inventory.updatedAt }
}
