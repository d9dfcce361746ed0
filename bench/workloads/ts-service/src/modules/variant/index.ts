// The variant module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { variantEvents, variantPayload } from './events'
import { VariantRepository } from './repository'
import { variantRoutes } from './routes'
import { VariantService } from './service'

export const variantModule: ApiModule = {
  name: 'variant',
  path: '/variants',
  scopes: ['variant:read', 'variant:write'],
  create(deps: ModuleDeps) {
    const repo = new VariantRepository(deps.pool)
    const service = new VariantService(repo, deps.bus, deps.cache('variant'), {
      productExists: id => deps.exists('products', id),
    })
    for (const event of Object.values(variantEvents)) deps.bus.on(event, value => deps.webhooks.publish(variantPayload(event, value)))
    return variantRoutes(service)
  }
}
