// The shipment module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { shipmentEvents, shipmentPayload } from './events'
import { ShipmentRepository } from './repository'
import { shipmentRoutes } from './routes'
import { ShipmentService } from './service'

export const shipmentModule: ApiModule = {
  name: 'shipment',
  path: '/shipments',
  scopes: ['shipment:read', 'shipment:write'],
  create(deps: ModuleDeps) {
    const repo = new ShipmentRepository(deps.pool)
    const service = new ShipmentService(repo, deps.bus, deps.cache('shipment'), {
      orderExists: id => deps.exists('orders', id),
    })
    for (const event of Object.values(shipmentEvents)) deps.bus.on(event, value => deps.webhooks.publish(shipmentPayload(event, value)))
    return shipmentRoutes(service)
  }
}
