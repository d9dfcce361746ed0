// The /pick-lists endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePickListSchema, PickListQuerySchema, UpdatePickListSchema } from './schema'
import type { PickListService } from './service'

export function pickListRoutes(service: PickListService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('pick-list:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PickListQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('pick-list:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('pick-list:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePickListSchema, req))
      res.status(201).location(`/pick-lists/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('pick-list:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePickListSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('pick-list:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
