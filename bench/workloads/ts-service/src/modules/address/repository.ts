// Where address rows live: the SQL for the addresss table, mapped to and from Address.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Address, AddressQuery } from './schema'

const COLUMNS: ColumnMap<Address> = {
    id: 'id',
    customerId: 'customer_id',
    line1: 'line1',
    line2: 'line2',
    city: 'city',
    postcode: 'postcode',
    country: 'country',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class AddressRepository extends SqlRepository<Address> {
  constructor(pool: Pool) {
    super(pool, 'addresss', COLUMNS, ['line1', 'line2', 'city', 'postcode', 'country'])
  }

  async search(query: AddressQuery): Promise<Address[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.customerId !== undefined) filters.customer_id = query.customerId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
