// Where coupon rows live: the SQL for the coupons table, mapped to and from Coupon.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Coupon, CouponQuery } from './schema'

const COLUMNS: ColumnMap<Coupon> = {
    id: 'id',
    code: 'code',
    percentOff: 'percent_off',
    validUntil: 'valid_until',
    maxUses: 'max_uses',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CouponRepository extends SqlRepository<Coupon> {
  constructor(pool: Pool) {
    super(pool, 'coupons', COLUMNS, ['code'])
  }

  async search(query: CouponQuery): Promise<Coupon[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
