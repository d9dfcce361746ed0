// The address module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { addressEvents, addressPayload } from './events'
import { AddressRepository } from './repository'
import { addressRoutes } from './routes'
import { AddressService } from './service'

export const addressModule: ApiModule = {
  name: 'address',
  path: '/addresss',
  scopes: ['address:read', 'address:write'],
  create(deps: ModuleDeps) {
    const repo = new AddressRepository(deps.pool)
    const service = new AddressService(repo, deps.bus, deps.cache('address'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(addressEvents)) deps.bus.on(event, value => deps.webhooks.publish(addressPayload(event, value)))
    return addressRoutes(service)
  }
}
