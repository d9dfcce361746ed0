// The /invoices endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateInvoiceSchema, InvoiceQuerySchema, UpdateInvoiceSchema } from './schema'
import type { InvoiceService } from './service'

export function invoiceRoutes(service: InvoiceService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('invoice:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(InvoiceQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('invoice:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('invoice:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateInvoiceSchema, req))
      res.status(201).location(`/invoices/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('invoice:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateInvoiceSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('invoice:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
