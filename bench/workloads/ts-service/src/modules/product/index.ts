// The product module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { productEvents, productPayload } from './events'
import { ProductRepository } from './repository'
import { productRoutes } from './routes'
import { ProductService } from './service'

export const productModule: ApiModule = {
  name: 'product',
  path: '/products',
  scopes: ['product:read', 'product:write'],
  create(deps: ModuleDeps) {
    const repo = new ProductRepository(deps.pool)
    const service = new ProductService(repo, deps.bus, deps.cache('product'))
    for (const event of Object.values(productEvents)) deps.bus.on(event, value => deps.webhooks.publish(productPayload(event, value)))
    return productRoutes(service)
  }
}
