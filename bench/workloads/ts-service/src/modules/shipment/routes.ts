// The /shipments endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateShipmentSchema, ShipmentQuerySchema, UpdateShipmentSchema } from './schema'
import type { ShipmentService } from './service'

export function shipmentRoutes(service: ShipmentService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('shipment:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ShipmentQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('shipment:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('shipment:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateShipmentSchema, req))
      res.status(201).location(`/shipments/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('shipment:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateShipmentSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('shipment:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
