// Where banner rows live: the SQL for the banners table, mapped to and from Banner.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Banner, BannerQuery } from './schema'

const COLUMNS: ColumnMap<Banner> = {
    id: 'id',
    title: 'title',
    image: 'image',
    link: 'link',
    position: 'position',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class BannerRepository extends SqlRepository<Banner> {
  constructor(pool: Pool) {
    super(pool, 'banners', COLUMNS, ['title'])
  }

  async search(query: BannerQuery): Promise<Banner[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
