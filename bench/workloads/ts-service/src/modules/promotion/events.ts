// The events a promotion emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Promotion } from './schema'

export const promotionEvents = {
  created: 'promotion.created' as EventName<Promotion>,
  updated: 'promotion.updated' as EventName<Promotion>,
  removed: 'promotion.removed' as EventName<Promotion>
} as const

export function promotionPayload(event: string, promotion: Promotion): Record<string, unknown> {
  return { type: event, id: promotion.id, version: promotion.version, status: promotion.status, at: promotion.updatedAt }
}
