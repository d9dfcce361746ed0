// Where payment rows live: the SQL for the payments table, mapped to and from Payment.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Payment, PaymentQuery } from './schema'

const COLUMNS: ColumnMap<Payment> = {
    id: 'id',
    orderId: 'order_id',
    amount: 'amount',
    provider: 'provider',
    reference: 'reference',
    capturedAt: 'captured_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PaymentRepository extends SqlRepository<Payment> {
  constructor(pool: Pool) {
    super(pool, 'payments', COLUMNS, ['provider', 'reference'])
  }

  async search(query: PaymentQuery): Promise<Payment[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
