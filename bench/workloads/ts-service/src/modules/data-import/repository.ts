// Where data-import rows live: the SQL for the data_imports table, mapped to and from DataImport.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { DataImport, DataImportQuery } from './schema'

const COLUMNS: ColumnMap<DataImport> = {
    id: 'id',
    source: 'source',
    format: 'format',
    rows: 'rows',
    finishedAt: 'finished_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class DataImportRepository extends SqlRepository<DataImport> {
  constructor(pool: Pool) {
    super(pool, 'data_imports', COLUMNS, ['source', 'format'])
  }

  async search(query: DataImportQuery): Promise<DataImport[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
