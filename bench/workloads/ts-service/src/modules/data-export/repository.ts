// Where data-export rows live: the SQL for the data_exports table, mapped to and from DataExport.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { DataExport, DataExportQuery } from './schema'

const COLUMNS: ColumnMap<DataExport> = {
    id: 'id',
    reportId: 'report_id',
    format: 'format',
    url: 'url',
    finishedAt: 'finished_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class DataExportRepository extends SqlRepository<DataExport> {
  constructor(pool: Pool) {
    super(pool, 'data_exports', COLUMNS, ['format'])
  }

  async search(query: DataExportQuery): Promise<DataExport[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.reportId !== undefined) filters.report_id = query.reportId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
