// The /batchs endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateBatchSchema, BatchQuerySchema, UpdateBatchSchema } from './schema'
import type { BatchService } from './service'

export function batchRoutes(service: BatchService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('batch:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(BatchQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('batch:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('batch:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateBatchSchema, req))
      res.status(201).location(`/batchs/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('batch:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateBatchSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('batch:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
