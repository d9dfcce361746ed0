// The tax-rate module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { taxRateEvents, taxRatePayload } from './events'
import { TaxRateRepository } from './repository'
import { taxRateRoutes } from './routes'
import { TaxRateService } from './service'

export const taxRateModule: ApiModule = {
  name: 'tax-rate',
  path: '/tax-rates',
  scopes: ['tax-rate:read', 'tax-rate:write'],
  create(deps: ModuleDeps) {
    const repo = new TaxRateRepository(deps.pool)
    const service = new TaxRateService(repo, deps.bus, deps.cache('tax-rate'))
    for (const event of Object.values(taxRateEvents)) deps.bus.on(event, value => deps.webhooks.publish(taxRatePayload(event, value)))
    return taxRateRoutes(service)
  }
}
