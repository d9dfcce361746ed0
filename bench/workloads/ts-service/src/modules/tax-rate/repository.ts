// Where tax-rate rows live: the SQL for the tax_rates table, mapped to and from TaxRate.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { TaxRate, TaxRateQuery } from './schema'

const COLUMNS: ColumnMap<TaxRate> = {
    id: 'id',
    country: 'country',
    region: 'region',
    ratePermille: 'rate_permille',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class TaxRateRepository extends SqlRepository<TaxRate> {
  constructor(pool: Pool) {
    super(pool, 'tax_rates', COLUMNS, ['country', 'region'])
  }

  async search(query: TaxRateQuery): Promise<TaxRate[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
