// The inventory module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { inventoryEvents, inventoryPayload } from './events'
import { InventoryRepository } from './repository'
import { inventoryRoutes } from './routes'
import { InventoryService } from './service'

export const inventoryModule: ApiModule = {
  name: 'inventory',
  path: '/inventorys',
  scopes: ['inventory:read', 'inventory:write'],
  create(deps: ModuleDeps) {
    const repo = new InventoryRepository(deps.pool)
    const service = new InventoryService(repo, deps.bus, deps.cache('inventory'), {
      variantExists: id => deps.exists('variants', id),
      warehouseExists: id => deps.exists('warehouses', id),
    })
    for (const event of Object.values(inventoryEvents)) deps.bus.on(event, value => deps.webhooks.publish(inventoryPayload(event, value)))
    return inventoryRoutes(service)
  }
}
