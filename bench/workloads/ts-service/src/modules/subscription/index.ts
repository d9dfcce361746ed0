// The subscription module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { subscriptionEvents, subscriptionPayload } from './events'
import { SubscriptionRepository } from './repository'
import { subscriptionRoutes } from './routes'
import { SubscriptionService } from './service'

export const subscriptionModule: ApiModule = {
  name: 'subscription',
  path: '/subscriptions',
  scopes: ['subscription:read', 'subscription:write'],
  create(deps: ModuleDeps) {
    const repo = new SubscriptionRepository(deps.pool)
    const service = new SubscriptionService(repo, deps.bus, deps.cache('subscription'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(subscriptionEvents)) deps.bus.on(event, value => deps.webhooks.publish(subscriptionPayload(event, value)))
    return subscriptionRoutes(service)
  }
}
