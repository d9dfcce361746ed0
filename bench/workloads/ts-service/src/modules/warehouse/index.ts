// The warehouse module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { warehouseEvents, warehousePayload } from './events'
import { WarehouseRepository } from './repository'
import { warehouseRoutes } from './routes'
import { WarehouseService } from './service'

export const warehouseModule: ApiModule = {
  name: 'warehouse',
  path: '/warehouses',
  scopes: ['warehouse:read', 'warehouse:write'],
  create(deps: ModuleDeps) {
    const repo = new WarehouseRepository(deps.pool)
    const service = new WarehouseService(repo, deps.bus, deps.cache('warehouse'))
    for (const event of Object.values(warehouseEvents)) deps.bus.on(event, value => deps.webhooks.publish(warehousePayload(event, value)))
    return warehouseRoutes(service)
  }
}
