// The price-list module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { priceListEvents, priceListPayload } from './events'
import { PriceListRepository } from './repository'
import { priceListRoutes } from './routes'
import { PriceListService } from './service'

export const priceListModule: ApiModule = {
  name: 'price-list',
  path: '/price-lists',
  scopes: ['price-list:read', 'price-list:write'],
  create(deps: ModuleDeps) {
    const repo = new PriceListRepository(deps.pool)
    const service = new PriceListService(repo, deps.bus, deps.cache('price-list'))
    for (const event of Object.values(priceListEvents)) deps.bus.on(event, value => deps.webhooks.publish(priceListPayload(event, value)))
    return priceListRoutes(service)
  }
}
