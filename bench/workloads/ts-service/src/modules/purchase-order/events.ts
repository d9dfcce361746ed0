// The events a purchase-order emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { PurchaseOrder } from './schema'

export const purchaseOrderEvents = {
  created: 'purchase-order.created' as EventName<PurchaseOrder>,
  updated: 'purchase-order.updated' as EventName<PurchaseOrder>,
  removed: 'purchase-order.removed' as EventName<PurchaseOrder>
} as const

export function purchaseOrderPayload(event: string, purchaseOrder: PurchaseOrder): Record<string, unknown> {
  return { type: event, id: purchaseOrder.id, version: purchaseOrder.version, status: purchaseOrder.status, at: purchaseOrder.updatedAt }
}
