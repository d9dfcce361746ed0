// Where customer rows live: the SQL for the customers table, mapped to and from Customer.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Customer, CustomerQuery } from './schema'

const COLUMNS: ColumnMap<Customer> = {
    id: 'id',
    name: 'name',
    email: 'email',
    phone: 'phone',
    company: 'company',
    notes: 'notes',
    vip: 'vip',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CustomerRepository extends SqlRepository<Customer> {
  constructor(pool: Pool) {
    super(pool, 'customers', COLUMNS, ['name', 'email', 'phone', 'company', 'notes'])
  }

  async search(query: CustomerQuery): Promise<Customer[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
