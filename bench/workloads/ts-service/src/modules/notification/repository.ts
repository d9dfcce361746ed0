// Where notification rows live: the SQL for the notifications table, mapped to and from Notification.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Notification, NotificationQuery } from './schema'

const COLUMNS: ColumnMap<Notification> = {
    id: 'id',
    customerId: 'customer_id',
    channel: 'channel',
    template: 'template',
    sentAt: 'sent_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class NotificationRepository extends SqlRepository<Notification> {
  constructor(pool: Pool) {
    super(pool, 'notifications', COLUMNS, ['channel', 'template'])
  }

  async search(query: NotificationQuery): Promise<Notification[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
