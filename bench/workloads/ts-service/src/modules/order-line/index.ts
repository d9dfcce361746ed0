// The order-line module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { orderLineEvents, orderLinePayload } from './events'
import { OrderLineRepository } from './repository'
import { orderLineRoutes } from './routes'
import { OrderLineService } from './service'

export const orderLineModule: ApiModule = {
  name: 'order-line',
  path: '/order-lines',
  scopes: ['order-line:read', 'order-line:write'],
  create(deps: ModuleDeps) {
    const repo = new OrderLineRepository(deps.pool)
    const service = new OrderLineService(repo, deps.bus, deps.cache('order-line'), {
      orderExists: id => deps.exists('orders', id),
      variantExists: id => deps.exists('variants', id),
    })
    for (const event of Object.values(orderLineEvents)) deps.bus.on(event, value => deps.webhooks.publish(orderLinePayload(event, value)))
    return orderLineRoutes(service)
  }
}
