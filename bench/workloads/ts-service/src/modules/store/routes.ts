// The /stores endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateStoreSchema, StoreQuerySchema, UpdateStoreSchema } from './schema'
import type { StoreService } from './service'

export function storeRoutes(service: StoreService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('store:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(StoreQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('store:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('store:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateStoreSchema, req))
      res.status(201).location(`/stores/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('store:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateStoreSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('store:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
