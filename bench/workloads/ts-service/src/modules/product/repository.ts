// Where product rows live: the SQL for the products table, mapped to and from Product.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Product, ProductQuery } from './schema'

const COLUMNS: ColumnMap<Product> = {
    id: 'id',
    sku: 'sku',
    title: 'title',
    description: 'description',
    price: 'price',
    weightGrams: 'weight_grams',
    tags: 'tags',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ProductRepository extends SqlRepository<Product> {
  constructor(pool: Pool) {
    super(pool, 'products', COLUMNS, ['sku', 'title', 'description'])
  }

  async search(query: ProductQuery): Promise<Product[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
