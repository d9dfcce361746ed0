// The events a return-request emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { ReturnRequest } from './schema'

export const returnRequestEvents = {
  created: 'return-request.created' as EventName<ReturnRequest>,
  updated: 'return-request.updated' as EventName<ReturnRequest>,
  removed: 'return-request.removed' as EventName<ReturnRequest>
} as const

export function returnRequestPayload(event: string, returnRequest: ReturnRequest): Record<string, unknown> {
  return { type: event, id: returnRequest.id, version: returnRequest.version, status: returnRequest.status, at: returnRequest.updatedAt }
}
