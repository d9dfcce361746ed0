// Where batch rows live: the SQL for the batchs table, mapped to and from Batch.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Batch, BatchQuery } from './schema'

const COLUMNS: ColumnMap<Batch> = {
    id: 'id',
    warehouseId: 'warehouse_id',
    code: 'code',
    expiresAt: 'expires_at',
    quantity: 'quantity',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class BatchRepository extends SqlRepository<Batch> {
  constructor(pool: Pool) {
    super(pool, 'batchs', COLUMNS, ['code'])
  }

  async search(query: BatchQuery): Promise<Batch[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.warehouseId !== undefined) filters.warehouse_id = query.warehouseId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
