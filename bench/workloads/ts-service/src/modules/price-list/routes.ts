// The /price-lists endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePriceListSchema, PriceListQuerySchema, UpdatePriceListSchema } from './schema'
import type { PriceListService } from './service'

export function priceListRoutes(service: PriceListService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('price-list:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PriceListQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('price-list:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('price-list:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePriceListSchema, req))
      res.status(201).location(`/price-lists/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('price-list:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePriceListSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('price-list:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
