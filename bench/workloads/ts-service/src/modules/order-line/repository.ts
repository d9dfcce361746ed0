// Where order-line rows live: the SQL for the order_lines table, mapped to and from OrderLine.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { OrderLine, OrderLineQuery } from './schema'

const COLUMNS: ColumnMap<OrderLine> = {
    id: 'id',
    orderId: 'order_id',
    variantId: 'variant_id',
    quantity: 'quantity',
    unitPrice: 'unit_price',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class OrderLineRepository extends SqlRepository<OrderLine> {
  constructor(pool: Pool) {
    super(pool, 'order_lines', COLUMNS, [])
  }

  async search(query: OrderLineQuery): Promise<OrderLine[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    if (query.variantId !== undefined) filters.variant_id = query.variantId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
