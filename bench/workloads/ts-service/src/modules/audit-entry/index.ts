// The audit-entry module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { auditEntryEvents, auditEntryPayload } from './events'
import { AuditEntryRepository } from './repository'
import { auditEntryRoutes } from './routes'
import { AuditEntryService } from './service'

export const auditEntryModule: ApiModule = {
  name: 'audit-entry',
  path: '/audit-entrys',
  scopes: ['audit-entry:read', 'audit-entry:write'],
  create(deps: ModuleDeps) {
    const repo = new AuditEntryRepository(deps.pool)
    const service = new AuditEntryService(repo, deps.bus, deps.cache('audit-entry'))
    for (const event of Object.values(auditEntryEvents)) deps.bus.on(event, value => deps.webhooks.publish(auditEntryPayload(event, value)))
    return auditEntryRoutes(service)
  }
}
