// Where audit-entry rows live: the SQL for the audit_entrys table, mapped to and from AuditEntry.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { AuditEntry, AuditEntryQuery } from './schema'

const COLUMNS: ColumnMap<AuditEntry> = {
    id: 'id',
    actor: 'actor',
    action: 'action',
    target: 'target',
    at: 'at',
    details: 'details',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class AuditEntryRepository extends SqlRepository<AuditEntry> {
  constructor(pool: Pool) {
    super(pool, 'audit_entrys', COLUMNS, ['actor', 'action', 'target'])
  }

  async search(query: AuditEntryQuery): Promise<AuditEntry[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
