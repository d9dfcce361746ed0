// The /subscriptions endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateSubscriptionSchema, SubscriptionQuerySchema, UpdateSubscriptionSchema } from './schema'
import type { SubscriptionService } from './service'

export function subscriptionRoutes(service: SubscriptionService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('subscription:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(SubscriptionQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('subscription:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('subscription:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateSubscriptionSchema, req))
      res.status(201).location(`/subscriptions/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('subscription:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateSubscriptionSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('subscription:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
