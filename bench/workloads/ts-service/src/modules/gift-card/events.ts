// The events a gift-card emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { GiftCard } from './schema'

export const giftCardEvents = {
  created: 'gift-card.created' as EventName<GiftCard>,
  updated: 'gift-card.updated' as EventName<GiftCard>,
  removed: 'gift-card.removed' as EventName<GiftCard>
} as const

export function giftCardPayload(event: string, giftCard: GiftCard): Record<string, unknown> {
  return { type: event, id: giftCard.id, version: giftCard.version, status: giftCard.status, at: giftCard.updatedAt }
}
