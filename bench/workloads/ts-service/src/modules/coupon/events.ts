// The events a coupon emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Coupon } from './schema'

export const couponEvents = {
  created: 'coupon.created' as EventName<Coupon>,
  updated: 'coupon.updated' as EventName<Coupon>,
  removed: 'coupon.removed' as EventName<Coupon>
} as const

export function couponPayload(event: string, coupon: Coupon): Record<string, unknown> {
  return { type: event, id: coupon.id, version: coupon.version, status: coupon.status, at: coupon.updatedAt }
}
