// Where page rows live: the SQL for the pages table, mapped to and from Page.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Page, PageQuery } from './schema'

const COLUMNS: ColumnMap<Page> = {
    id: 'id',
    slug: 'slug',
    title: 'title',
    body: 'body',
    publishedAt: 'published_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PageRepository extends SqlRepository<Page> {
  constructor(pool: Pool) {
    super(pool, 'pages', COLUMNS, ['slug', 'title', 'body'])
  }

  async search(query: PageQuery): Promise<Page[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
