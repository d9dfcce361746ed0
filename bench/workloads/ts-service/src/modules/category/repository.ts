// Where category rows live: the SQL for the categorys table, mapped to and from Category.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Category, CategoryQuery } from './schema'

const COLUMNS: ColumnMap<Category> = {
    id: 'id',
    slug: 'slug',
    title: 'title',
    parentId: 'parent_id',
    position: 'position',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CategoryRepository extends SqlRepository<Category> {
  constructor(pool: Pool) {
    super(pool, 'categorys', COLUMNS, ['slug', 'title'])
  }

  async search(query: CategoryQuery): Promise<Category[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.parentId !== undefined) filters.parent_id = query.parentId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
