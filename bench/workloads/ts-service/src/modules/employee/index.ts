// The employee module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { employeeEvents, employeePayload } from './events'
import { EmployeeRepository } from './repository'
import { employeeRoutes } from './routes'
import { EmployeeService } from './service'

export const employeeModule: ApiModule = {
  name: 'employee',
  path: '/employees',
  scopes: ['employee:read', 'employee:write'],
  create(deps: ModuleDeps) {
    const repo = new EmployeeRepository(deps.pool)
    const service = new EmployeeService(repo, deps.bus, deps.cache('employee'))
    for (const event of Object.values(employeeEvents)) deps.bus.on(event, value => deps.webhooks.publish(employeePayload(event, value)))
    return employeeRoutes(service)
  }
}
