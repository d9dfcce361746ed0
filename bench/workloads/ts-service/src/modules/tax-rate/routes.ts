// The /tax-rates endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateTaxRateSchema, TaxRateQuerySchema, UpdateTaxRateSchema } from './schema'
import type { TaxRateService } from './service'

export function taxRateRoutes(service: TaxRateService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('tax-rate:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(TaxRateQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('tax-rate:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('tax-rate:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateTaxRateSchema, req))
      res.status(201).location(`/tax-rates/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('tax-rate:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateTaxRateSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('tax-rate:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
