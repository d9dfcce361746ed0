// The events a page emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Page } from './schema'

export const pageEvents = {
  created: 'page.created' as EventName<Page>,
  updated: 'page.updated' as EventName<Page>,
  removed: 'page.removed' as EventName<Page>
} as const

export function pagePayload(event: string, page: Page): Record<string, unknown> {
  return { type: event, id: page.id, version: page.version, status: page.status, at: page.updatedAt }
}
