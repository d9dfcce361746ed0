// The events a data-export emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { DataExport } from './schema'

export const dataExportEvents = {
  created: 'data-export.created' as EventName<DataExport>,
  updated: 'data-export.updated' as EventName<DataExport>,
  removed: 'data-export.removed' as EventName<DataExport>
} as const

export function dataExportPayload(event: string, dataExport: DataExport): Record<string, unknown> {
  return { type: event, id: dataExport.id, version: dataExport.version, status: dataExport.status, at: dataExport.updatedAt }
}
