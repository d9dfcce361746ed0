// The data-export module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { dataExportEvents, dataExportPayload } from './events'
import { DataExportRepository } from './repository'
import { dataExportRoutes } from './routes'
import { DataExportService } from './service'

export const dataExportModule: ApiModule = {
  name: 'data-export',
  path: '/data-exports',
  scopes: ['data-export:read', 'data-export:write'],
  create(deps: ModuleDeps) {
    const repo = new DataExportRepository(deps.pool)
    const service = new DataExportService(repo, deps.bus, deps.cache('data-export'), {
      reportExists: id => deps.exists('reports', id),
    })
    for (const event of Object.values(dataExportEvents)) deps.bus.on(event, value => deps.webhooks.publish(dataExportPayload(event, value)))
    return dataExportRoutes(service)
  }
}
