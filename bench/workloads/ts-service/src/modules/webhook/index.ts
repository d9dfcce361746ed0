// The webhook module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { webhookEvents, webhookPayload } from './events'
import { WebhookRepository } from './repository'
import { webhookRoutes } from './routes'
import { WebhookService } from './service'

export const webhookModule: ApiModule = {
  name: 'webhook',
  path: '/webhooks',
  scopes: ['webhook:read', 'webhook:write'],
  create(deps: ModuleDeps) {
    const repo = new WebhookRepository(deps.pool)
    const service = new WebhookService(repo, deps.bus, deps.cache('webhook'))
    for (const event of Object.values(webhookEvents)) deps.bus.on(event, value => deps.webhooks.publish(webhookPayload(event, value)))
    return webhookRoutes(service)
  }
}
