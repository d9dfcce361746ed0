// The events a banner emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Banner } from './schema'

export const bannerEvents = {
  created: 'banner.created' as EventName<Banner>,
  updated: 'banner.updated' as EventName<Banner>,
  removed: 'banner.removed' as EventName<Banner>
} as const

export function bannerPayload(event: string, banner: Banner): Record<string, unknown> {
  return { type: event, id: banner.id, version: banner.version, status: banner.status, at: banner.updatedAt }
}
