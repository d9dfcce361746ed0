// Where webhook rows live: the SQL for the webhooks table, mapped to and from Webhook.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Webhook, WebhookQuery } from './schema'

const COLUMNS: ColumnMap<Webhook> = {
    id: 'id',
    url: 'url',
    secret: 'secret',
    events: 'events',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class WebhookRepository extends SqlRepository<Webhook> {
  constructor(pool: Pool) {
    super(pool, 'webhooks', COLUMNS, ['secret'])
  }

  async search(query: WebhookQuery): Promise<Webhook[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
