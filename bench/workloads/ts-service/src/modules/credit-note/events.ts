// The events a credit-note emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { CreditNote } from './schema'

export const creditNoteEvents = {
  created: 'credit-note.created' as EventName<CreditNote>,
  updated: 'credit-note.updated' as EventName<CreditNote>,
  removed: 'credit-note.removed' as EventName<CreditNote>
} as const

export function creditNotePayload(event: string, creditNote: CreditNote): Record<string, unknown> {
  return { type: event, id: creditNote.id, version: creditNote.version, status: creditNote.status, at: creditNote.updatedAt }
}
