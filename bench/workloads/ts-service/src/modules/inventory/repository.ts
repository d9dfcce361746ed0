// Where inventory rows live: the SQL for the inventorys table, mapped to and from Inventory.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Inventory, InventoryQuery } from './schema'

const COLUMNS: ColumnMap<Inventory> = {
    id: 'id',
    variantId: 'variant_id',
    warehouseId: 'warehouse_id',
    onHand: 'on_hand',
    reserved: 'reserved',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class InventoryRepository extends SqlRepository<Inventory> {
  constructor(pool: Pool) {
    super(pool, 'inventorys', COLUMNS, [])
  }

  async search(query: InventoryQuery): Promise<Inventory[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.variantId !== undefined) filters.variant_id = query.variantId
    if (query.warehouseId !== undefined) filters.warehouse_id = query.warehouseId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
