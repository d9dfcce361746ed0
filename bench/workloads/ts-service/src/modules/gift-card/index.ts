// The gift-card module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { giftCardEvents, giftCardPayload } from './events'
import { GiftCardRepository } from './repository'
import { giftCardRoutes } from './routes'
import { GiftCardService } from './service'

export const giftCardModule: ApiModule = {
  name: 'gift-card',
  path: '/gift-cards',
  scopes: ['gift-card:read', 'gift-card:write'],
  create(deps: ModuleDeps) {
    const repo = new GiftCardRepository(deps.pool)
    const service = new GiftCardService(repo, deps.bus, deps.cache('gift-card'))
    for (const event of Object.values(giftCardEvents)) deps.bus.on(event, value => deps.webhooks.publish(giftCardPayload(event, value)))
    return giftCardRoutes(service)
  }
}
