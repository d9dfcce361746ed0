// The events a cart-item emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { CartItem } from './schema'

export const cartItemEvents = {
  created: 'cart-item.created' as EventName<CartItem>,
  updated: 'cart-item.updated' as EventName<CartItem>,
  removed: 'cart-item.removed' as EventName<CartItem>
} as const

export function cartItemPayload(event: string, cartItem: CartItem): Record<string, unknown> {
  return { type: event, id: cartItem.id, version: cartItem.version, status: cartItem.status, at: cartItem.updatedAt }
}
