// The api-key module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { apiKeyEvents, apiKeyPayload } from './events'
import { ApiKeyRepository } from './repository'
import { apiKeyRoutes } from './routes'
import { ApiKeyService } from './service'

export const apiKeyModule: ApiModule = {
  name: 'api-key',
  path: '/api-keys',
  scopes: ['api-key:read', 'api-key:write'],
  create(deps: ModuleDeps) {
    const repo = new ApiKeyRepository(deps.pool)
    const service = new ApiKeyService(repo, deps.bus, deps.cache('api-key'))
    for (const event of Object.values(apiKeyEvents)) deps.bus.on(event, value => deps.webhooks.publish(apiKeyPayload(event, value)))
    return apiKeyRoutes(service)
  }
}
