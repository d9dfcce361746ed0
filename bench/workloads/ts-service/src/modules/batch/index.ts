// The batch module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { batchEvents, batchPayload } from './events'
import { BatchRepository } from './repository'
import { batchRoutes } from './routes'
import { BatchService } from './service'

export const batchModule: ApiModule = {
  name: 'batch',
  path: '/batchs',
  scopes: ['batch:read', 'batch:write'],
  create(deps: ModuleDeps) {
    const repo = new BatchRepository(deps.pool)
    const service = new BatchService(repo, deps.bus, deps.cache('batch'), {
      warehouseExists: id => deps.exists('warehouses', id),
    })
    for (const event of Object.values(batchEvents)) deps.bus.on(event, value => deps.webhooks.publish(batchPayload(event, value)))
    return batchRoutes(service)
  }
}
