// The /categorys endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCategorySchema, CategoryQuerySchema, UpdateCategorySchema } from './schema'
import type { CategoryService } from './service'

export function categoryRoutes(service: CategoryService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('category:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CategoryQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('category:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('category:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCategorySchema, req))
      res.status(201).location(`/categorys/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('category:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCategorySchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('category:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
