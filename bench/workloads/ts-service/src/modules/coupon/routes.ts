// The /coupons endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCouponSchema, CouponQuerySchema, UpdateCouponSchema } from './schema'
import type { CouponService } from './service'

export function couponRoutes(service: CouponService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('coupon:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CouponQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('coupon:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('coupon:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCouponSchema, req))
      res.status(201).location(`/coupons/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('coupon:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCouponSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('coupon:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
