// Where pick-list rows live: the SQL for the pick_lists table, mapped to and from PickList.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { PickList, PickListQuery } from './schema'

const COLUMNS: ColumnMap<PickList> = {
    id: 'id',
    orderId: 'order_id',
    warehouseId: 'warehouse_id',
    assignedTo: 'assigned_to',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class PickListRepository extends SqlRepository<PickList> {
  constructor(pool: Pool) {
    super(pool, 'pick_lists', COLUMNS, [])
  }

  async search(query: PickListQuery): Promise<PickList[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    if (query.warehouseId !== undefined) filters.warehouse_id = query.warehouseId
    if (query.assignedTo !== undefined) filters.assigned_to = query.assignedTo
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
