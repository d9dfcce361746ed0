// The events a shift emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Shift } from './schema'

export const shiftEvents = {
  created: 'shift.created' as EventName<Shift>,
  updated: 'shift.updated' as EventName<Shift>,
  removed: 'shift.removed' as EventName<Shift>
} as const

export function shiftPayload(event: string, shift: Shift): Record<string, unknown> {
  return { type: event, id: shift.id, version: shift.version, status: shift.status, at: shift.updatedAt }
}
