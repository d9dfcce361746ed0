// Where subscription rows live: the SQL for the subscriptions table, mapped to and from Subscription.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Subscription, SubscriptionQuery } from './schema'

const COLUMNS: ColumnMap<Subscription> = {
    id: 'id',
    customerId: 'customer_id',
    plan: 'plan',
    price: 'price',
    renewsAt: 'renews_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class SubscriptionRepository extends SqlRepository<Subscription> {
  constructor(pool: Pool) {
    super(pool, 'subscriptions', COLUMNS, ['plan'])
  }

  async search(query: SubscriptionQuery): Promise<Subscription[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
