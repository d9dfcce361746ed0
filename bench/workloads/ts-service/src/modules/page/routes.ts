// The /pages endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePageSchema, PageQuerySchema, UpdatePageSchema } from './schema'
import type { PageService } from './service'

export function pageRoutes(service: PageService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('page:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PageQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('page:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('page:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePageSchema, req))
      res.status(201).location(`/pages/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('page:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePageSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('page:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
