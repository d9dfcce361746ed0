// The cart module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { cartEvents, cartPayload } from './events'
import { CartRepository } from './repository'
import { cartRoutes } from './routes'
import { CartService } from './service'

export const cartModule: ApiModule = {
  name: 'cart',
  path: '/carts',
  scopes: ['cart:read', 'cart:write'],
  create(deps: ModuleDeps) {
    const repo = new CartRepository(deps.pool)
    const service = new CartService(repo, deps.bus, deps.cache('cart'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(cartEvents)) deps.bus.on(event, value => deps.webhooks.publish(cartPayload(event, value)))
    return cartRoutes(service)
  }
}
