// The customer module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { customerEvents, customerPayload } from './events'
import { CustomerRepository } from './repository'
import { customerRoutes } from './routes'
import { CustomerService } from './service'

export const customerModule: ApiModule = {
  name: 'customer',
  path: '/customers',
  scopes: ['customer:read', 'customer:write'],
  create(deps: ModuleDeps) {
    const repo = new CustomerRepository(deps.pool)
    const service = new CustomerService(repo, deps.bus, deps.cache('customer'))
    for (const event of Object.values(customerEvents)) deps.bus.on(event, value => deps.webhooks.publish(customerPayload(event, value)))
    return customerRoutes(service)
  }
}
