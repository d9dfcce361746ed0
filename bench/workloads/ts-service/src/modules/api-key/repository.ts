// Where api-key rows live: the SQL for the api_keys table, mapped to and from ApiKey.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { ApiKey, ApiKeyQuery } from './schema'

const COLUMNS: ColumnMap<ApiKey> = {
    id: 'id',
    name: 'name',
    prefix: 'prefix',
    lastUsedAt: 'last_used_at',
    scopes: 'scopes',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ApiKeyRepository extends SqlRepository<ApiKey> {
  constructor(pool: Pool) {
    super(pool, 'api_keys', COLUMNS, ['name', 'prefix'])
  }

  async search(query: ApiKeyQuery): Promise<ApiKey[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
