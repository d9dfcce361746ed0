// Where faq rows live: the SQL for the faqs table, mapped to and from Faq.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Faq, FaqQuery } from './schema'

const COLUMNS: ColumnMap<Faq> = {
    id: 'id',
    question: 'question',
    answer: 'answer',
    position: 'position',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class FaqRepository extends SqlRepository<Faq> {
  constructor(pool: Pool) {
    super(pool, 'faqs', COLUMNS, ['question', 'answer'])
  }

  async search(query: FaqQuery): Promise<Faq[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
