// The cart-item module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { cartItemEvents, cartItemPayload } from './events'
import { CartItemRepository } from './repository'
import { cartItemRoutes } from './routes'
import { CartItemService } from './service'

export const cartItemModule: ApiModule = {
  name: 'cart-item',
  path: '/cart-items',
  scopes: ['cart-item:read', 'cart-item:write'],
  create(deps: ModuleDeps) {
    const repo = new CartItemRepository(deps.pool)
    const service = new CartItemService(repo, deps.bus, deps.cache('cart-item'), {
      cartExists: id => deps.exists('carts', id),
      variantExists: id => deps.exists('variants', id),
    })
    for (const event of Object.values(cartItemEvents)) deps.bus.on(event, value => deps.webhooks.publish(cartItemPayload(event, value)))
    return cartItemRoutes(service)
  }
}
