// The /inventorys endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateInventorySchema, InventoryQuerySchema, UpdateInventorySchema } from './schema'
import type { InventoryService } from './service'

export function inventoryRoutes(service: InventoryService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('inventory:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(InventoryQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('inventory:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('inventory:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateInventorySchema, req))
      res.status(201).location(`/inventorys/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('inventory:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateInventorySchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('inventory:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
