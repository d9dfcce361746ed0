// The /orders endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateOrderSchema, OrderQuerySchema, UpdateOrderSchema } from './schema'
import type { OrderService } from './service'

export function orderRoutes(service: OrderService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('order:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(OrderQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('order:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('order:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateOrderSchema, req))
      res.status(201).location(`/orders/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('order:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateOrderSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('order:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
