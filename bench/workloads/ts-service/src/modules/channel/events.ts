// The events a channel emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Channel } from './schema'

export const channelEvents = {
  created: 'channel.created' as EventName<Channel>,
  updated: 'channel.updated' as EventName<Channel>,
  removed: 'channel.removed' as EventName<Channel>
} as const

export function channelPayload(event: string, channel: Channel): Record<string, unknown> {
  return { type: event, id: channel.id, version: channel.version, status: channel.status, at: channel.updatedAt }
}
