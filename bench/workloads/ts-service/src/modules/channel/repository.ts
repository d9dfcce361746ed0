// Where channel rows live: the SQL for the channels table, mapped to and from Channel.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Channel, ChannelQuery } from './schema'

const COLUMNS: ColumnMap<Channel> = {
    id: 'id',
    code: 'code',
    name: 'name',
    storeId: 'store_id',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ChannelRepository extends SqlRepository<Channel> {
  constructor(pool: Pool) {
    super(pool, 'channels', COLUMNS, ['code', 'name'])
  }

  async search(query: ChannelQuery): Promise<Channel[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.storeId !== undefined) filters.store_id = query.storeId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
