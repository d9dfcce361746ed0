// Where ticket rows live: the SQL for the tickets table, mapped to and from Ticket.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Ticket, TicketQuery } from './schema'

const COLUMNS: ColumnMap<Ticket> = {
    id: 'id',
    customerId: 'customer_id',
    subject: 'subject',
    body: 'body',
    priority: 'priority',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class TicketRepository extends SqlRepository<Ticket> {
  constructor(pool: Pool) {
    super(pool, 'tickets', COLUMNS, ['subject', 'body'])
  }

  async search(query: TicketQuery): Promise<Ticket[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
