// The events a rate-card emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { RateCard } from './schema'

export const rateCardEvents = {
  created: 'rate-card.created' as EventName<RateCard>,
  updated: 'rate-card.updated' as EventName<RateCard>,
  removed: 'rate-card.removed' as EventName<RateCard>
} as const

export function rateCardPayload(event: string, rateCard: RateCard): Record<string, unknown> {
  return { type: event, id: rateCard.id, version: rateCard.version, status: rateCard.status, at: rateCard.updatedAt }
}
