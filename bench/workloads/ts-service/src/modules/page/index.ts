// The page module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { pageEvents, pagePayload } from './events'
import { PageRepository } from './repository'
import { pageRoutes } from './routes'
import { PageService } from './service'

export const pageModule: ApiModule = {
  name: 'page',
  path: '/pages',
  scopes: ['page:read', 'page:write'],
  create(deps: ModuleDeps) {
    const repo = new PageRepository(deps.pool)
    const service = new PageService(repo, deps.bus, deps.cache('page'))
    for (const event of Object.values(pageEvents)) deps.bus.on(event, value => deps.webhooks.publish(pagePayload(event, value)))
    return pageRoutes(service)
  }
}
