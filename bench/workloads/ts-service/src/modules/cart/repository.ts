// Where cart rows live: the SQL for the carts table, mapped to and from Cart.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Cart, CartQuery } from './schema'

const COLUMNS: ColumnMap<Cart> = {
    id: 'id',
    customerId: 'customer_id',
    total: 'total',
    expiresAt: 'expires_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CartRepository extends SqlRepository<Cart> {
  constructor(pool: Pool) {
    super(pool, 'carts', COLUMNS, [])
  }

  async search(query: CartQuery): Promise<Cart[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
