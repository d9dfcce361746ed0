// The carrier module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { carrierEvents, carrierPayload } from './events'
import { CarrierRepository } from './repository'
import { carrierRoutes } from './routes'
import { CarrierService } from './service'

export const carrierModule: ApiModule = {
  name: 'carrier',
  path: '/carriers',
  scopes: ['carrier:read', 'carrier:write'],
  create(deps: ModuleDeps) {
    const repo = new CarrierRepository(deps.pool)
    const service = new CarrierService(repo, deps.bus, deps.cache('carrier'))
    for (const event of Object.values(carrierEvents)) deps.bus.on(event, value => deps.webhooks.publish(carrierPayload(event, value)))
    return carrierRoutes(service)
  }
}
