// The order module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { orderEvents, orderPayload } from './events'
import { OrderRepository } from './repository'
import { orderRoutes } from './routes'
import { OrderService } from './service'

export const orderModule: ApiModule = {
  name: 'order',
  path: '/orders',
  scopes: ['order:read', 'order:write'],
  create(deps: ModuleDeps) {
    const repo = new OrderRepository(deps.pool)
    const service = new OrderService(repo, deps.bus, deps.cache('order'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(orderEvents)) deps.bus.on(event, value => deps.webhooks.publish(orderPayload(event, value)))
    return orderRoutes(service)
  }
}
