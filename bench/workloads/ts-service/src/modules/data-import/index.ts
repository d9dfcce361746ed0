// The data-import module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { dataImportEvents, dataImportPayload } from './events'
import { DataImportRepository } from './repository'
import { dataImportRoutes } from './routes'
import { DataImportService } from './service'

export const dataImportModule: ApiModule = {
  name: 'data-import',
  path: '/data-imports',
  scopes: ['data-import:read', 'data-import:write'],
  create(deps: ModuleDeps) {
    const repo = new DataImportRepository(deps.pool)
    const service = new DataImportService(repo, deps.bus, deps.cache('data-import'))
    for (const event of Object.values(dataImportEvents)) deps.bus.on(event, value => deps.webhooks.publish(dataImportPayload(event, value)))
    return dataImportRoutes(service)
  }
}
