// The zone module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { zoneEvents, zonePayload } from './events'
import { ZoneRepository } from './repository'
import { zoneRoutes } from './routes'
import { ZoneService } from './service'

export const zoneModule: ApiModule = {
  name: 'zone',
  path: '/zones',
  scopes: ['zone:read', 'zone:write'],
  create(deps: ModuleDeps) {
    const repo = new ZoneRepository(deps.pool)
    const service = new ZoneService(repo, deps.bus, deps.cache('zone'))
    for (const event of Object.values(zoneEvents)) deps.bus.on(event, value => deps.webhooks.publish(zonePayload(event, value)))
    return zoneRoutes(service)
  }
}
