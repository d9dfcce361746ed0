// The events a audit-entry emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { AuditEntry } from './schema'

export const auditEntryEvents = {
  created: 'audit-entry.created' as EventName<AuditEntry>,
  updated: 'audit-entry.updated' as EventName<AuditEntry>,
  removed: 'audit-entry.removed' as EventName<AuditEntry>
} as const

export function auditEntryPayload(event: string, auditEntry: AuditEntry): Record<string, unknown> {
  return { type: event, id: auditEntry.id, version: auditEntry.version, status: auditEntry.status, at: auditEntry.updatedAt }
}
