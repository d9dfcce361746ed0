// The category module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { categoryEvents, categoryPayload } from './events'
import { CategoryRepository } from './repository'
import { categoryRoutes } from './routes'
import { CategoryService } from './service'

export const categoryModule: ApiModule = {
  name: 'category',
  path: '/categorys',
  scopes: ['category:read', 'category:write'],
  create(deps: ModuleDeps) {
    const repo = new CategoryRepository(deps.pool)
    const service = new CategoryService(repo, deps.bus, deps.cache('category'))
    for (const event of Object.values(categoryEvents)) deps.bus.on(event, value => deps.webhooks.publish(categoryPayload(event, value)))
    return categoryRoutes(service)
  }
}
