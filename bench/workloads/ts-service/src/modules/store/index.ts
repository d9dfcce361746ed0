// The store module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { storeEvents, storePayload } from './events'
import { StoreRepository } from './repository'
import { storeRoutes } from './routes'
import { StoreService } from './service'

export const storeModule: ApiModule = {
  name: 'store',
  path: '/stores',
  scopes: ['store:read', 'store:write'],
  create(deps: ModuleDeps) {
    const repo = new StoreRepository(deps.pool)
    const service = new StoreService(repo, deps.bus, deps.cache('store'))
    for (const event of Object.values(storeEvents)) deps.bus.on(event, value => deps.webhooks.publish(storePayload(event, value)))
    return storeRoutes(service)
  }
}
