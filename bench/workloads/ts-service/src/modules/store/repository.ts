// Where store rows live: the SQL for the stores table, mapped to and from Store.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Store, StoreQuery } from './schema'

const COLUMNS: ColumnMap<Store> = {
    id: 'id',
    code: 'code',
    name: 'name',
    timezone: 'timezone',
    currency: 'currency',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class StoreRepository extends SqlRepository<Store> {
  constructor(pool: Pool) {
    super(pool, 'stores', COLUMNS, ['code', 'name', 'timezone', 'currency'])
  }

  async search(query: StoreQuery): Promise<Store[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
