// The team module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { teamEvents, teamPayload } from './events'
import { TeamRepository } from './repository'
import { teamRoutes } from './routes'
import { TeamService } from './service'

export const teamModule: ApiModule = {
  name: 'team',
  path: '/teams',
  scopes: ['team:read', 'team:write'],
  create(deps: ModuleDeps) {
    const repo = new TeamRepository(deps.pool)
    const service = new TeamService(repo, deps.bus, deps.cache('team'), {
      employeeExists: id => deps.exists('employees', id),
    })
    for (const event of Object.values(teamEvents)) deps.bus.on(event, value => deps.webhooks.publish(teamPayload(event, value)))
    return teamRoutes(service)
  }
}
