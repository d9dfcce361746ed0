// The /return-requests endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateReturnRequestSchema, ReturnRequestQuerySchema, UpdateReturnRequestSchema } from './schema'
import type { ReturnRequestService } from './service'

export function returnRequestRoutes(service: ReturnRequestService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('return-request:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ReturnRequestQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('return-request:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('return-request:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateReturnRequestSchema, req))
      res.status(201).location(`/return-requests/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('return-request:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateReturnRequestSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('return-request:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
