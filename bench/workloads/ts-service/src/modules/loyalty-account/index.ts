// The loyalty-account module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { loyaltyAccountEvents, loyaltyAccountPayload } from './events'
import { LoyaltyAccountRepository } from './repository'
import { loyaltyAccountRoutes } from './routes'
import { LoyaltyAccountService } from './service'

export const loyaltyAccountModule: ApiModule = {
  name: 'loyalty-account',
  path: '/loyalty-accounts',
  scopes: ['loyalty-account:read', 'loyalty-account:write'],
  create(deps: ModuleDeps) {
    const repo = new LoyaltyAccountRepository(deps.pool)
    const service = new LoyaltyAccountService(repo, deps.bus, deps.cache('loyalty-account'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(loyaltyAccountEvents)) deps.bus.on(event, value => deps.webhooks.publish(loyaltyAccountPayload(event, value)))
    return loyaltyAccountRoutes(service)
  }
}
