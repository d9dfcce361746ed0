// The /payments endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePaymentSchema, PaymentQuerySchema, UpdatePaymentSchema } from './schema'
import type { PaymentService } from './service'

export function paymentRoutes(service: PaymentService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('payment:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PaymentQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('payment:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('payment:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePaymentSchema, req))
      res.status(201).location(`/payments/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('payment:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePaymentSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('payment:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
