// Where refund rows live: the SQL for the refunds table, mapped to and from Refund.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Refund, RefundQuery } from './schema'

const COLUMNS: ColumnMap<Refund> = {
    id: 'id',
    paymentId: 'payment_id',
    amount: 'amount',
    reason: 'reason',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class RefundRepository extends SqlRepository<Refund> {
  constructor(pool: Pool) {
    super(pool, 'refunds', COLUMNS, ['reason'])
  }

  async search(query: RefundQuery): Promise<Refund[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.paymentId !== undefined) filters.payment_id = query.paymentId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
