// Where order rows live: the SQL for the orders table, mapped to and from Order.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Order, OrderQuery } from './schema'

const COLUMNS: ColumnMap<Order> = {
    id: 'id',
    customerId: 'customer_id',
    number: 'number',
    total: 'total',
    placedAt: 'placed_at',
    notes: 'notes',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class OrderRepository extends SqlRepository<Order> {
  constructor(pool: Pool) {
    super(pool, 'orders', COLUMNS, ['number', 'notes'])
  }

  async search(query: OrderQuery): Promise<Order[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
