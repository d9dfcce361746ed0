// The /cart-items endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCartItemSchema, CartItemQuerySchema, UpdateCartItemSchema } from './schema'
import type { CartItemService } from './service'

export function cartItemRoutes(service: CartItemService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('cart-item:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CartItemQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('cart-item:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('cart-item:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCartItemSchema, req))
      res.status(201).location(`/cart-items/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('cart-item:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCartItemSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('cart-item:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
