// The events a variant emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Variant } from './schema'

export const variantEvents = {
  created: 'variant.created' as EventName<Variant>,
  updated: 'variant.updated' as EventName<Variant>,
  removed: 'variant.removed' as EventName<Variant>
} as const

export function variantPayload(event: string, variant: Variant): Record<string, unknown> {
  return { type: event, id: variant.id, version: variant.version, status: variant.status, at: variant.updatedAt }
}
