// The supplier module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { supplierEvents, supplierPayload } from './events'
import { SupplierRepository } from './repository'
import { supplierRoutes } from './routes'
import { SupplierService } from './service'

export const supplierModule: ApiModule = {
  name: 'supplier',
  path: '/suppliers',
  scopes: ['supplier:read', 'supplier:write'],
  create(deps: ModuleDeps) {
    const repo = new SupplierRepository(deps.pool)
    const service = new SupplierService(repo, deps.bus, deps.cache('supplier'))
    for (const event of Object.values(supplierEvents)) deps.bus.on(event, value => deps.webhooks.publish(supplierPayload(event, value)))
    return supplierRoutes(service)
  }
}
