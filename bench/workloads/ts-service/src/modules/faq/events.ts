// The events a faq emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Faq } from './schema'

export const faqEvents = {
  created: 'faq.created' as EventName<Faq>,
  updated: 'faq.updated' as EventName<Faq>,
  removed: 'faq.removed' as EventName<Faq>
} as const

export function faqPayload(event: string, faq: Faq): Record<string, unknown> {
  return { type: event, id: faq.id, version: faq.version, status: faq.status, at: faq.updatedAt }
}
