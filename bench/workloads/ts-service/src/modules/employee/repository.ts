// Where employee rows live: the SQL for the employees table, mapped to and from Employee.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Employee, EmployeeQuery } from './schema'

const COLUMNS: ColumnMap<Employee> = {
    id: 'id',
    name: 'name',
    email: 'email',
    role: 'role',
    hiredAt: 'hired_at',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class EmployeeRepository extends SqlRepository<Employee> {
  constructor(pool: Pool) {
    super(pool, 'employees', COLUMNS, ['name', 'email', 'role'])
  }

  async search(query: EmployeeQuery): Promise<Employee[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
