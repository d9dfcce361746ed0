// The payment module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { paymentEvents, paymentPayload } from './events'
import { PaymentRepository } from './repository'
import { paymentRoutes } from './routes'
import { PaymentService } from './service'

export const paymentModule: ApiModule = {
  name: 'payment',
  path: '/payments',
  scopes: ['payment:read', 'payment:write'],
  create(deps: ModuleDeps) {
    const repo = new PaymentRepository(deps.pool)
    const service = new PaymentService(repo, deps.bus, deps.cache('payment'), {
      orderExists: id => deps.exists('orders', id),
    })
    for (const event of Object.values(paymentEvents)) deps.bus.on(event, value => deps.webhooks.publish(paymentPayload(event, value)))
    return paymentRoutes(service)
  }
}
