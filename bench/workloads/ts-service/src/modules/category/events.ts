// The events a category emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Category } from './schema'

export const categoryEvents = {
  created: 'category.created' as EventName<Category>,
  updated: 'category.updated' as EventName<Category>,
  removed: 'category.removed' as EventName<Category>
} as const

export function categoryPayload(event: string, category: Category): Record<string, unknown> {
  return { type: event, id: category.id, version: category.version, status: category.status, at: category.updatedAt }
}
