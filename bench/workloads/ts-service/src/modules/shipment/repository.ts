// Where shipment rows live: the SQL for the shipments table, mapped to and from Shipment.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Shipment, ShipmentQuery } from './schema'

const COLUMNS: ColumnMap<Shipment> = {
    id: 'id',
    orderId: 'order_id',
    carrier: 'carrier',
    trackingCode: 'tracking_code',
    shippedAt: 'shipped_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ShipmentRepository extends SqlRepository<Shipment> {
  constructor(pool: Pool) {
    super(pool, 'shipments', COLUMNS, ['carrier', 'tracking_code'])
  }

  async search(query: ShipmentQuery): Promise<Shipment[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.orderId !== undefined) filters.order_id = query.orderId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
