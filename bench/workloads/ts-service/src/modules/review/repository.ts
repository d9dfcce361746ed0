// Where review rows live: the SQL for the reviews table, mapped to and from Review.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Review, ReviewQuery } from './schema'

const COLUMNS: ColumnMap<Review> = {
    id: 'id',
    productId: 'product_id',
    customerId: 'customer_id',
    rating: 'rating',
    body: 'body',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ReviewRepository extends SqlRepository<Review> {
  constructor(pool: Pool) {
    super(pool, 'reviews', COLUMNS, ['body'])
  }

  async search(query: ReviewQuery): Promise<Review[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.productId !== undefined) filters.product_id = query.productId
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
