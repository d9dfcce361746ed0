// Where credit-note rows live: the SQL for the credit_notes table, mapped to and from CreditNote.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { CreditNote, CreditNoteQuery } from './schema'

const COLUMNS: ColumnMap<CreditNote> = {
    id: 'id',
    invoiceId: 'invoice_id',
    amount: 'amount',
    reason: 'reason',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CreditNoteRepository extends SqlRepository<CreditNote> {
  constructor(pool: Pool) {
    super(pool, 'credit_notes', COLUMNS, ['reason'])
  }

  async search(query: CreditNoteQuery): Promise<CreditNote[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.invoiceId !== undefined) filters.invoice_id = query.invoiceId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
