// The events a batch emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Batch } from './schema'

export const batchEvents = {
  created: 'batch.created' as EventName<Batch>,
  updated: 'batch.updated' as EventName<Batch>,
  removed: 'batch.removed' as EventName<Batch>
} as const

export function batchPayload(event: string, batch: Batch): Record<string, unknown> {
  return { type: event, id: batch.id, version: batch.version, status: batch.status, at: batch.updatedAt }
}
