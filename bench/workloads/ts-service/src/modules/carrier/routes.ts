// The /carriers endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCarrierSchema, CarrierQuerySchema, UpdateCarrierSchema } from './schema'
import type { CarrierService } from './service'

export function carrierRoutes(service: CarrierService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('carrier:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CarrierQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('carrier:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('carrier:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCarrierSchema, req))
      res.status(201).location(`/carriers/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('carrier:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCarrierSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('carrier:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
