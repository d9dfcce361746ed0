// The ticket-comment module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { ticketCommentEvents, ticketCommentPayload } from './events'
import { TicketCommentRepository } from './repository'
import { ticketCommentRoutes } from './routes'
import { TicketCommentService } from './service'

export const ticketCommentModule: ApiModule = {
  name: 'ticket-comment',
  path: '/ticket-comments',
  scopes: ['ticket-comment:read', 'ticket-comment:write'],
  create(deps: ModuleDeps) {
    const repo = new TicketCommentRepository(deps.pool)
    const service = new TicketCommentService(repo, deps.bus, deps.cache('ticket-comment'), {
      ticketExists: id => deps.exists('tickets', id),
      employeeExists: id => deps.exists('employees', id),
    })
    for (const event of Object.values(ticketCommentEvents)) deps.bus.on(event, value => deps.webhooks.publish(ticketCommentPayload(event, value)))
    return ticketCommentRoutes(service)
  }
}
