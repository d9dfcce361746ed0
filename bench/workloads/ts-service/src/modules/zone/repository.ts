// Where zone rows live: the SQL for the zones table, mapped to and from Zone.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Zone, ZoneQuery } from './schema'

const COLUMNS: ColumnMap<Zone> = {
    id: 'id',
    name: 'name',
    countries: 'countries',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ZoneRepository extends SqlRepository<Zone> {
  constructor(pool: Pool) {
    super(pool, 'zones', COLUMNS, ['name'])
  }

  async search(query: ZoneQuery): Promise<Zone[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
