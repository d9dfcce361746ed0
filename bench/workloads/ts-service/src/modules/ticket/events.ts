// The events a ticket emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Ticket } from './schema'

export const ticketEvents = {
  created: 'ticket.created' as EventName<Ticket>,
  updated: 'ticket.updated' as EventName<Ticket>,
  removed: 'ticket.removed' as EventName<Ticket>
} as const

export function ticketPayload(event: string, ticket: Ticket): Record<string, unknown> {
  return { type: event, id: ticket.id, version: ticket.version, status: ticket.status, at: ticket.updatedAt }
}
