// Where variant rows live: the SQL for the variants table, mapped to and from Variant.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Variant, VariantQuery } from './schema'

const COLUMNS: ColumnMap<Variant> = {
    id: 'id',
    productId: 'product_id',
    sku: 'sku',
    size: 'size',
    colour: 'colour',
    price: 'price',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class VariantRepository extends SqlRepository<Variant> {
  constructor(pool: Pool) {
    super(pool, 'variants', COLUMNS, ['sku', 'size', 'colour'])
  }

  async search(query: VariantQuery): Promise<Variant[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.productId !== undefined) filters.product_id = query.productId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
