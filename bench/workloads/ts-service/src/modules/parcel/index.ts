// The parcel module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { parcelEvents, parcelPayload } from './events'
import { ParcelRepository } from './repository'
import { parcelRoutes } from './routes'
import { ParcelService } from './service'

export const parcelModule: ApiModule = {
  name: 'parcel',
  path: '/parcels',
  scopes: ['parcel:read', 'parcel:write'],
  create(deps: ModuleDeps) {
    const repo = new ParcelRepository(deps.pool)
    const service = new ParcelService(repo, deps.bus, deps.cache('parcel'), {
      shipmentExists: id => deps.exists('shipments', id),
    })
    for (const event of Object.values(parcelEvents)) deps.bus.on(event, value => deps.webhooks.publish(parcelPayload(event, value)))
    return parcelRoutes(service)
  }
}
