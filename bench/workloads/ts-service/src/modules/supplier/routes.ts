// The /suppliers endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateSupplierSchema, SupplierQuerySchema, UpdateSupplierSchema } from './schema'
import type { SupplierService } from './service'

export function supplierRoutes(service: SupplierService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('supplier:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(SupplierQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('supplier:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('supplier:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateSupplierSchema, req))
      res.status(201).location(`/suppliers/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('supplier:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateSupplierSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('supplier:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
