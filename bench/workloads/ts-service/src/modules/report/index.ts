// The report module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { reportEvents, reportPayload } from './events'
import { ReportRepository } from './repository'
import { reportRoutes } from './routes'
import { ReportService } from './service'

export const reportModule: ApiModule = {
  name: 'report',
  path: '/reports',
  scopes: ['report:read', 'report:write'],
  create(deps: ModuleDeps) {
    const repo = new ReportRepository(deps.pool)
    const service = new ReportService(repo, deps.bus, deps.cache('report'))
    for (const event of Object.values(reportEvents)) deps.bus.on(event, value => deps.webhooks.publish(reportPayload(event, value)))
    return reportRoutes(service)
  }
}
