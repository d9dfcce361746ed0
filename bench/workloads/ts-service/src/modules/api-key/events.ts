// The events a api-key emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { ApiKey } from './schema'

export const apiKeyEvents = {
  created: 'api-key.created' as EventName<ApiKey>,
  updated: 'api-key.updated' as EventName<ApiKey>,
  removed: 'api-key.removed' as EventName<ApiKey>
} as const

export function apiKeyPayload(event: string, apiKey: ApiKey): Record<string, unknown> {
  return { type: event, id: apiKey.id, version: apiKey.version, status: apiKey.status, at: apiKey.updatedAt }
}
