// The events a data-import emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { DataImport } from './schema'

export const dataImportEvents = {
  created: 'data-import.created' as EventName<DataImport>,
  updated: 'data-import.updated' as EventName<DataImport>,
  removed: 'data-import.removed' as EventName<DataImport>
} as const

export function dataImportPayload(event: string, dataImport: DataImport): Record<string, unknown> {
  return { type: event, id: dataImport.id, version: dataImport.version, status: dataImport.status, at: dataImport.updatedAt }
}
