// The events a review emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Review } from './schema'

export const reviewEvents = {
  created: 'review.created' as EventName<Review>,
  updated: 'review.updated' as EventName<Review>,
  removed: 'review.removed' as EventName<Review>
} as const

export function reviewPayload(event: string, review: Review): Record<string, unknown> {
  return { type: event, id: review.id, version: review.version, status: review.status, at: review.updatedAt }
}
