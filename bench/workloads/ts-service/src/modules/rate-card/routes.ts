// The /rate-cards endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateRateCardSchema, RateCardQuerySchema, UpdateRateCardSchema } from './schema'
import type { RateCardService } from './service'

export function rateCardRoutes(service: RateCardService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('rate-card:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(RateCardQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('rate-card:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('rate-card:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateRateCardSchema, req))
      res.status(201).location(`/rate-cards/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('rate-card:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateRateCardSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('rate-card:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
