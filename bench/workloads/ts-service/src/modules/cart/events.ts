// The events a cart emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Cart } from './schema'

export const cartEvents = {
  created: 'cart.created' as EventName<Cart>,
  updated: 'cart.updated' as EventName<Cart>,
  removed: 'cart.removed' as EventName<Cart>
} as const

export function cartPayload(event: string, cart: Cart): Record<string, unknown> {
  return { type: event, id: cart.id, version: cart.version, status: cart.status, at: cart.updatedAt }
}
