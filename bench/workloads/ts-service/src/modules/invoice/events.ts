// The events a invoice emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Invoice } from './schema'

export const invoiceEvents = {
  created: 'invoice.created' as EventName<Invoice>,
  updated: 'invoice.updated' as EventName<Invoice>,
  removed: 'invoice.removed' as EventName<Invoice>
} as const

export function invoicePayload(event: string, invoice: Invoice): Record<string, unknown> {
  return { type: event, id: invoice.id, version: invoice.version, status: invoice.status, at: invoice.updatedAt }
}
