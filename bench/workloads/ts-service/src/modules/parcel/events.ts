// The events a parcel emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Parcel } from './schema'

export const parcelEvents = {
  created: 'parcel.created' as EventName<Parcel>,
  updated: 'parcel.updated' as EventName<Parcel>,
  removed: 'parcel.removed' as EventName<Parcel>
} as const

export function parcelPayload(event: string, parcel: Parcel): Record<string, unknown> {
  return { type: event, id: parcel.id, version: parcel.version, status: parcel.status, at: parcel.updatedAt }
}
