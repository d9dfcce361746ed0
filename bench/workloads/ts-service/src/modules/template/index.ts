// The template module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { templateEvents, templatePayload } from './events'
import { TemplateRepository } from './repository'
import { templateRoutes } from './routes'
import { TemplateService } from './service'

export const templateModule: ApiModule = {
  name: 'template',
  path: '/templates',
  scopes: ['template:read', 'template:write'],
  create(deps: ModuleDeps) {
    const repo = new TemplateRepository(deps.pool)
    const service = new TemplateService(repo, deps.bus, deps.cache('template'))
    for (const event of Object.values(templateEvents)) deps.bus.on(event, value => deps.webhooks.publish(templatePayload(event, value)))
    return templateRoutes(service)
  }
}
