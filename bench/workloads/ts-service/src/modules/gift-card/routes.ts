// The /gift-cards endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateGiftCardSchema, GiftCardQuerySchema, UpdateGiftCardSchema } from './schema'
import type { GiftCardService } from './service'

export function giftCardRoutes(service: GiftCardService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('gift-card:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(GiftCardQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('gift-card:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('gift-card:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateGiftCardSchema, req))
      res.status(201).location(`/gift-cards/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('gift-card:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateGiftCardSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('gift-card:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
