// The events a report emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Report } from './schema'

export const reportEvents = {
  created: 'report.created' as EventName<Report>,
  updated: 'report.updated' as EventName<Report>,
  removed: 'report.removed' as EventName<Report>
} as const

export function reportPayload(event: string, report: Report): Record<string, unknown> {
  return { type: event, id: report.id, version: report.version, status: report.status, at: report.updatedAt }
}
