// The invoice module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { invoiceEvents, invoicePayload } from './events'
import { InvoiceRepository } from './repository'
import { invoiceRoutes } from './routes'
import { InvoiceService } from './service'

export const invoiceModule: ApiModule = {
  name: 'invoice',
  path: '/invoices',
  scopes: ['invoice:read', 'invoice:write'],
  create(deps: ModuleDeps) {
    const repo = new InvoiceRepository(deps.pool)
    const service = new InvoiceService(repo, deps.bus, deps.cache('invoice'), {
      orderExists: id => deps.exists('orders', id),
    })
    for (const event of Object.values(invoiceEvents)) deps.bus.on(event, value => deps.webhooks.publish(invoicePayload(event, value)))
    return invoiceRoutes(service)
  }
}
