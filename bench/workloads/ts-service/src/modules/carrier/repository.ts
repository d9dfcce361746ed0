// Where carrier rows live: the SQL for the carriers table, mapped to and from Carrier.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Carrier, CarrierQuery } from './schema'

const COLUMNS: ColumnMap<Carrier> = {
    id: 'id',
    code: 'code',
    name: 'name',
    trackingUrl: 'tracking_url',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CarrierRepository extends SqlRepository<Carrier> {
  constructor(pool: Pool) {
    super(pool, 'carriers', COLUMNS, ['code', 'name'])
  }

  async search(query: CarrierQuery): Promise<Carrier[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
