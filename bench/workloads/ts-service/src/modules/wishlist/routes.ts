// The /wishlists endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateWishlistSchema, WishlistQuerySchema, UpdateWishlistSchema } from './schema'
import type { WishlistService } from './service'

export function wishlistRoutes(service: WishlistService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('wishlist:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(WishlistQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('wishlist:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('wishlist:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateWishlistSchema, req))
      res.status(201).location(`/wishlists/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('wishlist:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateWishlistSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('wishlist:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
