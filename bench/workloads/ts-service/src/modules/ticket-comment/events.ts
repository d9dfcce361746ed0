// The events a ticket-comment emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { TicketComment } from './schema'

export const ticketCommentEvents = {
  created: 'ticket-comment.created' as EventName<TicketComment>,
  updated: 'ticket-comment.updated' as EventName<TicketComment>,
  removed: 'ticket-comment.removed' as EventName<TicketComment>
} as const

export function ticketCommentPayload(event: string, ticketComment: TicketComment): Record<string, unknown> {
  return { type: event, id: ticketComment.id, version: ticketComment.version, status: ticketComment.status, at: ticketComment.updatedAt }
}
