// Where wishlist rows live: the SQL for the wishlists table, mapped to and from Wishlist.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Wishlist, WishlistQuery } from './schema'

const COLUMNS: ColumnMap<Wishlist> = {
    id: 'id',
    customerId: 'customer_id',
    title: 'title',
    public: 'public',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class WishlistRepository extends SqlRepository<Wishlist> {
  constructor(pool: Pool) {
    super(pool, 'wishlists', COLUMNS, ['title'])
  }

  async search(query: WishlistQuery): Promise<Wishlist[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
