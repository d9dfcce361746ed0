// Where shift rows live: the SQL for the shifts table, mapped to and from Shift.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Shift, ShiftQuery } from './schema'

const COLUMNS: ColumnMap<Shift> = {
    id: 'id',
    employeeId: 'employee_id',
    warehouseId: 'warehouse_id',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ShiftRepository extends SqlRepository<Shift> {
  constructor(pool: Pool) {
    super(pool, 'shifts', COLUMNS, [])
  }

  async search(query: ShiftQuery): Promise<Shift[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.employeeId !== undefined) filters.employee_id = query.employeeId
    if (query.warehouseId !== undefined) filters.warehouse_id = query.warehouseId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
