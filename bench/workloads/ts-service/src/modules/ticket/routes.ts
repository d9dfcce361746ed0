// The /tickets endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateTicketSchema, TicketQuerySchema, UpdateTicketSchema } from './schema'
import type { TicketService } from './service'

export function ticketRoutes(service: TicketService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('ticket:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(TicketQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('ticket:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('ticket:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateTicketSchema, req))
      res.status(201).location(`/tickets/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('ticket:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateTicketSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('ticket:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
