// Where invoice rows live: the SQL for the invoices table, mapped to and from Invoice.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Invoice, InvoiceQuery } from './schema'

const COLUMNS: ColumnMap<Invoice> = {
    id: 'id',
    orderId: 'order_id',
    number: 'number',
    total: 'total',
    dueAt: 'due_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class InvoiceRepository extends SqlRepository<Invoice> {
  constructor(pool: Pool) {
    super(pool, 'invoices', COLUMNS, ['number'])
  }

  async search(query: InvoiceQuery): Promise<Invoice[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
