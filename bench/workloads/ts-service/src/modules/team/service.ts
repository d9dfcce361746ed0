// What can happen to a team: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { TeamRepository } from './repository'
import { teamTransitions, type CreateTeam, type Team, type TeamQuery, type TeamStatus, type UpdateTeam } from './schema'
import { teamEvents } from './events'

export interface TeamLookups {
  employeeExists(id: string): Promise<boolean>
}

export class TeamService {
  constructor(
    private readonly repo: TeamRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Team>,
    private readonly lookups: TeamLookups
  ) {}

  list(query: TeamQuery): Promise<Team[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Team> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('team', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateTeam): Promise<Team> {
    if (!(await this.lookups.employeeExists(input.leadId))) throw unprocessable('leadId', 'no such employee')
    const at = toIsoDate(now())
    const team: Team = {
    ...input,
    name: input.name.trim(),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(team)
    this.bus.emit(teamEvents.created, team)
    return team
  }

  async update(id: string, patch: UpdateTeam): Promise<Team> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('team', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(teamEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(teamEvents.removed, current)
  }

  private checkTransition(from: TeamStatus, to: TeamStatus): void {
    if (!teamTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
