// The events a order emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Order } from './schema'

export const orderEvents = {
  created: 'order.created' as EventName<Order>,
  updated: 'order.updated' as EventName<Order>,
  removed: 'order.removed' as EventName<Order>
} as const

export function orderPayload(event: string, order: Order): Record<string, unknown> {
  return { type: event, id: order.id, version: order.version, status: order.status, at: order.updatedAt }
}
