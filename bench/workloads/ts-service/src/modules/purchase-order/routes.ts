// The /purchase-orders endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePurchaseOrderSchema, PurchaseOrderQuerySchema, UpdatePurchaseOrderSchema } from './schema'
import type { PurchaseOrderService } from './service'

export function purchaseOrderRoutes(service: PurchaseOrderService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('purchase-order:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PurchaseOrderQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('purchase-order:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('purchase-order:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePurchaseOrderSchema, req))
      res.status(201).location(`/purchase-orders/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('purchase-order:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePurchaseOrderSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('purchase-order:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
