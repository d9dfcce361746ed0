// Where loyalty-account rows live: the SQL for the loyalty_accounts table, mapped to and from LoyaltyAccount.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { LoyaltyAccount, LoyaltyAccountQuery } from './schema'

const COLUMNS: ColumnMap<LoyaltyAccount> = {
    id: 'id',
    customerId: 'customer_id',
    points: 'points',
    tier: 'tier',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class LoyaltyAccountRepository extends SqlRepository<LoyaltyAccount> {
  constructor(pool: Pool) {
    super(pool, 'loyalty_accounts', COLUMNS, ['tier'])
  }

  async search(query: LoyaltyAccountQuery): Promise<LoyaltyAccount[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
