// The return-request module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { returnRequestEvents, returnRequestPayload } from './events'
import { ReturnRequestRepository } from './repository'
import { returnRequestRoutes } from './routes'
import { ReturnRequestService } from './service'

export const returnRequestModule: ApiModule = {
  name: 'return-request',
  path: '/return-requests',
  scopes: ['return-request:read', 'return-request:write'],
  create(deps: ModuleDeps) {
    const repo = new ReturnRequestRepository(deps.pool)
    const service = new ReturnRequestService(repo, deps.bus, deps.cache('return-request'), {
      orderExists: id => deps.exists('orders', id),
    })
    for (const event of Object.values(returnRequestEvents)) deps.bus.on(event, value => deps.webhooks.publish(returnRequestPayload(event, value)))
    return returnRequestRoutes(service)
  }
}
