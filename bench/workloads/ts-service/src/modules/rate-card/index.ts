// The rate-card module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { rateCardEvents, rateCardPayload } from './events'
import { RateCardRepository } from './repository'
import { rateCardRoutes } from './routes'
import { RateCardService } from './service'

export const rateCardModule: ApiModule = {
  name: 'rate-card',
  path: '/rate-cards',
  scopes: ['rate-card:read', 'rate-card:write'],
  create(deps: ModuleDeps) {
    const repo = new RateCardRepository(deps.pool)
    const service = new RateCardService(repo, deps.bus, deps.cache('rate-card'), {
      carrierExists: id => deps.exists('carriers', id),
      zoneExists: id => deps.exists('zones', id),
    })
    for (const event of Object.values(rateCardEvents)) deps.bus.on(event, value => deps.webhooks.publish(rateCardPayload(event, value)))
    return rateCardRoutes(service)
  }
}
