// The events a order-line emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { OrderLine } from './schema'

export const orderLineEvents = {
  created: 'order-line.created' as EventName<OrderLine>,
  updated: 'order-line.updated' as EventName<OrderLine>,
  removed: 'order-line.removed' as EventName<OrderLine>
} as const

export function orderLinePayload(event: string, orderLine: OrderLine): Record<string, unknown> {
  return { type: event, id: orderLine.id, version: orderLine.version, status: orderLine.status, at: orderLine.updatedAt }
}
