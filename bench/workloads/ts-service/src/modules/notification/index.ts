// The notification module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { notificationEvents, notificationPayload } from './events'
import { NotificationRepository } from './repository'
import { notificationRoutes } from './routes'
import { NotificationService } from './service'

export const notificationModule: ApiModule = {
  name: 'notification',
  path: '/notifications',
  scopes: ['notification:read', 'notification:write'],
  create(deps: ModuleDeps) {
    const repo = new NotificationRepository(deps.pool)
    const service = new NotificationService(repo, deps.bus, deps.cache('notification'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(notificationEvents)) deps.bus.on(event, value => deps.webhooks.publish(notificationPayload(event, value)))
    return notificationRoutes(service)
  }
}
