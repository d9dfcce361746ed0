// The refund module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { refundEvents, refundPayload } from './events'
import { RefundRepository } from './repository'
import { refundRoutes } from './routes'
import { RefundService } from './service'

export const refundModule: ApiModule = {
  name: 'refund',
  path: '/refunds',
  scopes: ['refund:read', 'refund:write'],
  create(deps: ModuleDeps) {
    const repo = new RefundRepository(deps.pool)
    const service = new RefundService(repo, deps.bus, deps.cache('refund'), {
      paymentExists: id => deps.exists('payments', id),
    })
    for (const event of Object.values(refundEvents)) deps.bus.on(event, value => deps.webhooks.publish(refundPayload(event, value)))
    return refundRoutes(service)
  }
}
