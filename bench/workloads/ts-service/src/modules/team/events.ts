// The events a team emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Team } from './schema'

export const teamEvents = {
  created: 'team.created' as EventName<Team>,
  updated: 'team.updated' as EventName<Team>,
  removed: 'team.removed' as EventName<Team>
} as const

export function teamPayload(event: string, team: Team): Record<string, unknown> {
  return { type: event, id: team.id, version: team.version, status: team.status, at: team.updatedAt }
}
