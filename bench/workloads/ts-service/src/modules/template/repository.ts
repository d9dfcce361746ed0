// Where template rows live: the SQL for the templates table, mapped to and from Template.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Template, TemplateQuery } from './schema'

const COLUMNS: ColumnMap<Template> = {
    id: 'id',
    key: 'key',
    subject: 'subject',
    body: 'body',
    locale: 'locale',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class TemplateRepository extends SqlRepository<Template> {
  constructor(pool: Pool) {
    super(pool, 'templates', COLUMNS, ['key', 'subject', 'body', 'locale'])
  }

  async search(query: TemplateQuery): Promise<Template[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
