// Where team rows live: the SQL for the teams table, mapped to and from Team.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { Team, TeamQuery } from './schema'

const COLUMNS: ColumnMap<Team> = {
    id: 'id',
    name: 'name',
    leadId: 'lead_id',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class TeamRepository extends SqlRepository<Team> {
  constructor(pool: Pool) {
    super(pool, 'teams', COLUMNS, ['name'])
  }

  async search(query: TeamQuery): Promise<Team[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.leadId !== undefined) filters.lead_id = query.leadId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
