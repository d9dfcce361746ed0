// The purchase-order module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { purchaseOrderEvents, purchaseOrderPayload } from './events'
import { PurchaseOrderRepository } from './repository'
import { purchaseOrderRoutes } from './routes'
import { PurchaseOrderService } from './service'

export const purchaseOrderModule: ApiModule = {
  name: 'purchase-order',
  path: '/purchase-orders',
  scopes: ['purchase-order:read', 'purchase-order:write'],
  create(deps: ModuleDeps) {
    const repo = new PurchaseOrderRepository(deps.pool)
    const service = new PurchaseOrderService(repo, deps.bus, deps.cache('purchase-order'), {
      supplierExists: id => deps.exists('suppliers', id),
    })
    for (const event of Object.values(purchaseOrderEvents)) deps.bus.on(event, value => deps.webhooks.publish(purchaseOrderPayload(event, value)))
    return purchaseOrderRoutes(service)
  }
}
