// The events a supplier emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Supplier } from './schema'

export const supplierEvents = {
  created: 'supplier.created' as EventName<Supplier>,
  updated: 'supplier.updated' as EventName<Supplier>,
  removed: 'supplier.removed' as EventName<Supplier>
} as const

export function supplierPayload(event: string, supplier: Supplier): Record<string, unknown> {
  return { type: event, id: supplier.id, version: supplier.version, status: supplier.status, at: supplier.updatedAt }
}
