// Where promotion rows live: the SQL for the promotions table, mapped to and from Promotion.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Promotion, PromotionQuery } from './schema'

const COLUMNS: ColumnMap<Promotion> = {
    id: 'id',
    title: 'title',
    description: 'description',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PromotionRepository extends SqlRepository<Promotion> {
  constructor(pool: Pool) {
    super(pool, 'promotions', COLUMNS, ['title', 'description'])
  }

  async search(query: PromotionQuery): Promise<Promotion[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
