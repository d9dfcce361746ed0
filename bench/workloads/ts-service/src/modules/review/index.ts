// The review module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { reviewEvents, reviewPayload } from './events'
import { ReviewRepository } from './repository'
import { reviewRoutes } from './routes'
import { ReviewService } from './service'

export const reviewModule: ApiModule = {
  name: 'review',
  path: '/reviews',
  scopes: ['review:read', 'review:write'],
  create(deps: ModuleDeps) {
    const repo = new ReviewRepository(deps.pool)
    const service = new ReviewService(repo, deps.bus, deps.cache('review'), {
      productExists: id => deps.exists('products', id),
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(reviewEvents)) deps.bus.on(event, value => deps.webhooks.publish(reviewPayload(event, value)))
    return reviewRoutes(service)
  }
}
