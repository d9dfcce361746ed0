// Where purchase-order rows live: the SQL for the purchase_orders table, mapped to and from PurchaseOrder.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { PurchaseOrder, PurchaseOrderQuery } from './schema'

const COLUMNS: ColumnMap<PurchaseOrder> = {
    id: 'id',
    supplierId: 'supplier_id',
    number: 'number',
    total: 'total',
    expectedAt: 'expected_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PurchaseOrderRepository extends SqlRepository<PurchaseOrder> {
  constructor(pool: Pool) {
    super(pool, 'purchase_orders', COLUMNS, ['number'])
  }

  async search(query: PurchaseOrderQuery): Promise<PurchaseOrder[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.supplierId !== undefined) filters.supplier_id = query.supplierId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
