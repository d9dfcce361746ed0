// The /order-lines endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateOrderLineSchema, OrderLineQuerySchema, UpdateOrderLineSchema } from './schema'
import type { OrderLineService } from './service'

export function orderLineRoutes(service: OrderLineService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('order-line:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(OrderLineQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('order-line:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('order-line:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateOrderLineSchema, req))
      res.status(201).location(`/order-lines/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('order-line:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateOrderLineSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('order-line:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
