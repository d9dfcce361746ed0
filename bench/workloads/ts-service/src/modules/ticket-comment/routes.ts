// The /ticket-comments endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateTicketCommentSchema, TicketCommentQuerySchema, UpdateTicketCommentSchema } from './schema'
import type { TicketCommentService } from './service'

export function ticketCommentRoutes(service: TicketCommentService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('ticket-comment:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(TicketCommentQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('ticket-comment:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('ticket-comment:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateTicketCommentSchema, req))
      res.status(201).location(`/ticket-comments/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('ticket-comment:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateTicketCommentSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('ticket-comment:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
