// Where ticket-comment rows live: the SQL for the ticket_comments table, mapped to and from TicketComment.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { TicketComment, TicketCommentQuery } from './schema'

const COLUMNS: ColumnMap<TicketComment> = {
    id: 'id',
    ticketId: 'ticket_id',
    authorId: 'author_id',
    body: 'body',
    internal: 'internal',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class TicketCommentRepository extends SqlRepository<TicketComment> {
  constructor(pool: Pool) {
    super(pool, 'ticket_comments', COLUMNS, ['body'])
  }

  async search(query: TicketCommentQuery): Promise<TicketComment[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.ticketId !== undefined) filters.ticket_id = query.ticketId
    if (query.authorId !== undefined) filters.author_id = query.authorId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
