// The /variants endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateVariantSchema, VariantQuerySchema, UpdateVariantSchema } from './schema'
import type { VariantService } from './service'

export function variantRoutes(service: VariantService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('variant:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(VariantQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('variant:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('variant:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateVariantSchema, req))
      res.status(201).location(`/variants/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('variant:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateVariantSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('variant:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
