// Where gift-card rows live: the SQL for the gift_cards table, mapped to and from GiftCard.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { GiftCard, GiftCardQuery } from './schema'

const COLUMNS: ColumnMap<GiftCard> = {
    id: 'id',
    code: 'code',
    balance: 'balance',
    expiresAt: 'expires_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class GiftCardRepository extends SqlRepository<GiftCard> {
  constructor(pool: Pool) {
    super(pool, 'gift_cards', COLUMNS, ['code'])
  }

  async search(query: GiftCardQuery): Promise<GiftCard[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
