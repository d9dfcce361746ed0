// The events a pick-list emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { PickList } from './schema'

export const pickListEvents = {
  created: 'pick-list.created' as EventName<PickList>,
  updated: 'pick-list.updated' as EventName<PickList>,
  removed: 'pick-list.removed' as EventName<PickList>
} as const

export function pickListPayload(event: string, pickList: PickList): Record<string, unknown> {
  return { type: event, id: pickList.id, version: pickList.version, status: pickList.status, at: pickList.updatedAt }
}
