// The /customers endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCustomerSchema, CustomerQuerySchema, UpdateCustomerSchema } from './schema'
import type { CustomerService } from './service'

export function customerRoutes(service: CustomerService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('customer:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CustomerQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('customer:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('customer:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCustomerSchema, req))
      res.status(201).location(`/customers/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('customer:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCustomerSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('customer:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
