// The /carts endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCartSchema, CartQuerySchema, UpdateCartSchema } from './schema'
import type { CartService } from './service'

export function cartRoutes(service: CartService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('cart:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CartQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('cart:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('cart:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCartSchema, req))
      res.status(201).location(`/carts/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('cart:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCartSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('cart:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
