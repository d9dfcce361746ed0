// The credit-note module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { creditNoteEvents, creditNotePayload } from './events'
import { CreditNoteRepository } from './repository'
import { creditNoteRoutes } from './routes'
import { CreditNoteService } from './service'

export const creditNoteModule: ApiModule = {
  name: 'credit-note',
  path: '/credit-notes',
  scopes: ['credit-note:read', 'credit-note:write'],
  create(deps: ModuleDeps) {
    const repo = new CreditNoteRepository(deps.pool)
    const service = new CreditNoteService(repo, deps.bus, deps.cache('credit-note'), {
      invoiceExists: id => deps.exists('invoices', id),
    })
    for (const event of Object.values(creditNoteEvents)) deps.bus.on(event, value => deps.webhooks.publish(creditNotePayload(event, value)))
    return creditNoteRoutes(service)
  }
}
