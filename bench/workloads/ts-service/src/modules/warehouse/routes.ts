// The /warehouses endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateWarehouseSchema, WarehouseQuerySchema, UpdateWarehouseSchema } from './schema'
import type { WarehouseService } from './service'

export function warehouseRoutes(service: WarehouseService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('warehouse:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(WarehouseQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('warehouse:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('warehouse:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateWarehouseSchema, req))
      res.status(201).location(`/warehouses/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('warehouse:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateWarehouseSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('warehouse:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
