// The /refunds endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateRefundSchema, RefundQuerySchema, UpdateRefundSchema } from './schema'
import type { RefundService } from './service'

export function refundRoutes(service: RefundService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('refund:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(RefundQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('refund:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('refund:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateRefundSchema, req))
      res.status(201).location(`/refunds/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('refund:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateRefundSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('refund:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
