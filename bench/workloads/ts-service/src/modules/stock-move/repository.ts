// Where stock-move rows live: the SQL for the stock_moves table, mapped to and from StockMove.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { StockMove, StockMoveQuery } from './schema'

const COLUMNS: ColumnMap<StockMove> = {
    id: 'id',
    inventoryId: 'inventory_id',
    quantity: 'quantity',
    reason: 'reason',
    movedAt: 'moved_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class StockMoveRepository extends SqlRepository<StockMove> {
  constructor(pool: Pool) {
    super(pool, 'stock_moves', COLUMNS, ['reason'])
  }

  async search(query: StockMoveQuery): Promise<StockMove[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.inventoryId !== undefined) filters.inventory_id = query.inventoryId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
