// Where plan rows live: the SQL for the plans table, mapped to and from Plan.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Plan, PlanQuery } from './schema'

const COLUMNS: ColumnMap<Plan> = {
    id: 'id',
    code: 'code',
    title: 'title',
    price: 'price',
    intervalDays: 'interval_days',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PlanRepository extends SqlRepository<Plan> {
  constructor(pool: Pool) {
    super(pool, 'plans', COLUMNS, ['code', 'title'])
  }

  async search(query: PlanQuery): Promise<Plan[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
