// The promotion module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { promotionEvents, promotionPayload } from './events'
import { PromotionRepository } from './repository'
import { promotionRoutes } from './routes'
import { PromotionService } from './service'

export const promotionModule: ApiModule = {
  name: 'promotion',
  path: '/promotions',
  scopes: ['promotion:read', 'promotion:write'],
  create(deps: ModuleDeps) {
    const repo = new PromotionRepository(deps.pool)
    const service = new PromotionService(repo, deps.bus, deps.cache('promotion'))
    for (const event of Object.values(promotionEvents)) deps.bus.on(event, value => deps.webhooks.publish(promotionPayload(event, value)))
    return promotionRoutes(service)
  }
}
