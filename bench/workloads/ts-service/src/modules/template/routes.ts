// The /templates endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateTemplateSchema, TemplateQuerySchema, UpdateTemplateSchema } from './schema'
import type { TemplateService } from './service'

export function templateRoutes(service: TemplateService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('template:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(TemplateQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('template:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('template:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateTemplateSchema, req))
      res.status(201).location(`/templates/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('template:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateTemplateSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('template:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
