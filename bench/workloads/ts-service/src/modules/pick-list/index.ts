// The pick-list module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { pickListEvents, pickListPayload } from './events'
import { PickListRepository } from './repository'
import { pickListRoutes } from './routes'
import { PickListService } from './service'

export const pickListModule: ApiModule = {
  name: 'pick-list',
  path: '/pick-lists',
  scopes: ['pick-list:read', 'pick-list:write'],
  create(deps: ModuleDeps) {
    const repo = new PickListRepository(deps.pool)
    const service = new PickListService(repo, deps.bus, deps.cache('pick-list'), {
      orderExists: id => deps.exists('orders', id),
      warehouseExists: id => deps.exists('warehouses', id),
      employeeExists: id => deps.exists('employees', id),
    })
    for (const event of Object.values(pickListEvents)) deps.bus.on(event, value => deps.webhooks.publish(pickListPayload(event, value)))
    return pickListRoutes(service)
  }
}
