// The wishlist module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { wishlistEvents, wishlistPayload } from './events'
import { WishlistRepository } from './repository'
import { wishlistRoutes } from './routes'
import { WishlistService } from './service'

export const wishlistModule: ApiModule = {
  name: 'wishlist',
  path: '/wishlists',
  scopes: ['wishlist:read', 'wishlist:write'],
  create(deps: ModuleDeps) {
    const repo = new WishlistRepository(deps.pool)
    const service = new WishlistService(repo, deps.bus, deps.cache('wishlist'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(wishlistEvents)) deps.bus.on(event, value => deps.webhooks.publish(wishlistPayload(event, value)))
    return wishlistRoutes(service)
  }
}
