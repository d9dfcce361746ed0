// Where rate-card rows live: the SQL for the rate_cards table, mapped to and from RateCard.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { RateCard, RateCardQuery } from './schema'

const COLUMNS: ColumnMap<RateCard> = {
    id: 'id',
    carrierId: 'carrier_id',
    zoneId: 'zone_id',
    price: 'price',
    maxWeightGrams: 'max_weight_grams',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class RateCardRepository extends SqlRepository<RateCard> {
  constructor(pool: Pool) {
    super(pool, 'rate_cards', COLUMNS, [])
  }

  async search(query: RateCardQuery): Promise<RateCard[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.carrierId !== undefined) filters.carrier_id = query.carrierId
    if (query.zoneId !== undefined) filters.zone_id = query.zoneId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
