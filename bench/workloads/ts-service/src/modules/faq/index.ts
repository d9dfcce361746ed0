// The faq module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { faqEvents, faqPayload } from './events'
import { FaqRepository } from './repository'
import { faqRoutes } from './routes'
import { FaqService } from './service'

export const faqModule: ApiModule = {
  name: 'faq',
  path: '/faqs',
  scopes: ['faq:read', 'faq:write'],
  create(deps: ModuleDeps) {
    const repo = new FaqRepository(deps.pool)
    const service = new FaqService(repo, deps.bus, deps.cache('faq'))
    for (const event of Object.values(faqEvents)) deps.bus.on(event, value => deps.webhooks.publish(faqPayload(event, value)))
    return faqRoutes(service)
  }
}
