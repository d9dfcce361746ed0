// Where report rows live: the SQL for the reports table, mapped to and from Report.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Report, ReportQuery } from './schema'

const COLUMNS: ColumnMap<Report> = {
    id: 'id',
    title: 'title',
    query: 'query',
    schedule: 'schedule',
    lastRunAt: 'last_run_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ReportRepository extends SqlRepository<Report> {
  constructor(pool: Pool) {
    super(pool, 'reports', COLUMNS, ['title', 'query', 'schedule'])
  }

  async search(query: ReportQuery): Promise<Report[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
