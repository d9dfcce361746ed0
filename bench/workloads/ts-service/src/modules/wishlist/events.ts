// The events a wishlist emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Wishlist } from './schema'

export const wishlistEvents = {
  created: 'wishlist.created' as EventName<Wishlist>,
  updated: 'wishlist.updated' as EventName<Wishlist>,
  removed: 'wishlist.removed' as EventName<Wishlist>
} as const

export function wishlistPayload(event: string, wishlist: Wishlist): Record<string, unknown> {
  return { type: event, id: wishlist.id, version: wishlist.version, status: wishlist.status, at: wishlist.updatedAt }
}
