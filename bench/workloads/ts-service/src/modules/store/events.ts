// The events a store emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Store } from './schema'

export const storeEvents = {
  created: 'store.created' as EventName<Store>,
  updated: 'store.updated' as EventName<Store>,
  removed: 'store.removed' as EventName<Store>
} as const

export function storePayload(event: string, store: Store): Record<string, unknown> {
  return { type: event, id: store.id, version: store.version, status: store.status, at: store.updatedAt }
}
