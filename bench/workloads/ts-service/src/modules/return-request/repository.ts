// Where return-request rows live: the SQL for the return_requests table, mapped to and from ReturnRequest.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { ReturnRequest, ReturnRequestQuery } from './schema'

const COLUMNS: ColumnMap<ReturnRequest> = {
    id: 'id',
    orderId: 'order_id',
    reason: 'reason',
    receivedAt: 'received_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ReturnRequestRepository extends SqlRepository<ReturnRequest> {
  constructor(pool: Pool) {
    super(pool, 'return_requests', COLUMNS, ['reason'])
  }

  async search(query: ReturnRequestQuery): Promise<ReturnRequest[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
