// The shift module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { shiftEvents, shiftPayload } from './events'
import { ShiftRepository } from './repository'
import { shiftRoutes } from './routes'
import { ShiftService } from './service'

export const shiftModule: ApiModule = {
  name: 'shift',
  path: '/shifts',
  scopes: ['shift:read', 'shift:write'],
  create(deps: ModuleDeps) {
    const repo = new ShiftRepository(deps.pool)
    const service = new ShiftService(repo, deps.bus, deps.cache('shift'), {
      employeeExists: id => deps.exists('employees', id),
      warehouseExists: id => deps.exists('warehouses', id),
    })
    for (const event of Object.values(shiftEvents)) deps.bus.on(event, value => deps.webhooks.publish(shiftPayload(event, value)))
    return shiftRoutes(service)
  }
}
