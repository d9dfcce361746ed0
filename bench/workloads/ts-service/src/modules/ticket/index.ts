// The ticket module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { ticketEvents, ticketPayload } from './events'
import { TicketRepository } from './repository'
import { ticketRoutes } from './routes'
import { TicketService } from './service'

export const ticketModule: ApiModule = {
  name: 'ticket',
  path: '/tickets',
  scopes: ['ticket:read', 'ticket:write'],
  create(deps: ModuleDeps) {
    const repo = new TicketRepository(deps.pool)
    const service = new TicketService(repo, deps.bus, deps.cache('ticket'), {
      customerExists: id => deps.exists('customers', id),
    })
    for (const event of Object.values(ticketEvents)) deps.bus.on(event, value => deps.webhooks.publish(ticketPayload(event, value)))
    return ticketRoutes(service)
  }
}
