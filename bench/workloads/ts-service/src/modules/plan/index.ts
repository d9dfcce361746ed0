// The plan module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { planEvents, planPayload } from './events'
import { PlanRepository } from './repository'
import { planRoutes } from './routes'
import { PlanService } from './service'

export const planModule: ApiModule = {
  name: 'plan',
  path: '/plans',
  scopes: ['plan:read', 'plan:write'],
  create(deps: ModuleDeps) {
    const repo = new PlanRepository(deps.pool)
    const service = new PlanService(repo, deps.bus, deps.cache('plan'))
    for (const event of Object.values(planEvents)) deps.bus.on(event, value => deps.webhooks.publish(planPayload(event, value)))
    return planRoutes(service)
  }
}
