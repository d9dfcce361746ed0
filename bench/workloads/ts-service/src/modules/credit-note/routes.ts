// The /credit-notes endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateCreditNoteSchema, CreditNoteQuerySchema, UpdateCreditNoteSchema } from './schema'
import type { CreditNoteService } from './service'

export function creditNoteRoutes(service: CreditNoteService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('credit-note:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(CreditNoteQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('credit-note:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('credit-note:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateCreditNoteSchema, req))
      res.status(201).location(`/credit-notes/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('credit-note:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateCreditNoteSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('credit-note:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
