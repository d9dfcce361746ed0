// Where supplier rows live: the SQL for the suppliers table, mapped to and from Supplier.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Supplier, SupplierQuery } from './schema'

const COLUMNS: ColumnMap<Supplier> = {
    id: 'id',
    name: 'name',
    email: 'email',
    website: 'website',
    leadTimeDays: 'lead_time_days',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class SupplierRepository extends SqlRepository<Supplier> {
  constructor(pool: Pool) {
    super(pool, 'suppliers', COLUMNS, ['name', 'email'])
  }

  async search(query: SupplierQuery): Promise<Supplier[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
