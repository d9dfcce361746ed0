// Where warehouse rows live: the SQL for the warehouses table, mapped to and from Warehouse.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Warehouse, WarehouseQuery } from './schema'

const COLUMNS: ColumnMap<Warehouse> = {
    id: 'id',
    code: 'code',
    name: 'name',
    city: 'city',
    capacity: 'capacity',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class WarehouseRepository extends SqlRepository<Warehouse> {
  constructor(pool: Pool) {
    super(pool, 'warehouses', COLUMNS, ['code', 'name', 'city'])
  }

  async search(query: WarehouseQuery): Promise<Warehouse[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
