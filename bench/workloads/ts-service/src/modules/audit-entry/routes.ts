// The /audit-entrys endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateAuditEntrySchema, AuditEntryQuerySchema, UpdateAuditEntrySchema } from './schema'
import type { AuditEntryService } from './service'

export function auditEntryRoutes(service: AuditEntryService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('audit-entry:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(AuditEntryQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('audit-entry:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('audit-entry:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateAuditEntrySchema, req))
      res.status(201).location(`/audit-entrys/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('audit-entry:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateAuditEntrySchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('audit-entry:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
