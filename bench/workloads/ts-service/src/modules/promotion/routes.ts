// The /promotions endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePromotionSchema, PromotionQuerySchema, UpdatePromotionSchema } from './schema'
import type { PromotionService } from './service'

export function promotionRoutes(service: PromotionService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('promotion:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PromotionQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('promotion:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('promotion:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePromotionSchema, req))
      res.status(201).location(`/promotions/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('promotion:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePromotionSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('promotion:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
