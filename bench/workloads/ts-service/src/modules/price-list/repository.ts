// Where price-list rows live: the SQL for the price_lists table, mapped to and from PriceList.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { PriceList, PriceListQuery } from './schema'

const COLUMNS: ColumnMap<PriceList> = {
    id: 'id',
    name: 'name',
    currency: 'currency',
    validFrom: 'valid_from',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PriceListRepository extends SqlRepository<PriceList> {
  constructor(pool: Pool) {
    super(pool, 'price_lists', COLUMNS, ['name', 'currency'])
  }

  async search(query: PriceListQuery): Promise<PriceList[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
