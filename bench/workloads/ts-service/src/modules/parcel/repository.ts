// Where parcel rows live: the SQL for the parcels table, mapped to and from Parcel.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Parcel, ParcelQuery } from './schema'

const COLUMNS: ColumnMap<Parcel> = {
    id: 'id',
    shipmentId: 'shipment_id',
    weightGrams: 'weight_grams',
    label: 'label',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class ParcelRepository extends SqlRepository<Parcel> {
  constructor(pool: Pool) {
    super(pool, 'parcels', COLUMNS, [])
  }

  async search(query: ParcelQuery): Promise<Parcel[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.shipmentId !== undefined) filters.shipment_id = query.shipmentId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
