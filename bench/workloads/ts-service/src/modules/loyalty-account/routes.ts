// The /loyalty-accounts endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateLoyaltyAccountSchema, LoyaltyAccountQuerySchema, UpdateLoyaltyAccountSchema } from './schema'
import type { LoyaltyAccountService } from './service'

export function loyaltyAccountRoutes(service: LoyaltyAccountService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('loyalty-account:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(LoyaltyAccountQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('loyalty-account:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('loyalty-account:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateLoyaltyAccountSchema, req))
      res.status(201).location(`/loyalty-accounts/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('loyalty-account:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateLoyaltyAccountSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('loyalty-account:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
