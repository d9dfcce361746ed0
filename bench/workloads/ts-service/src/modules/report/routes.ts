// The /reports endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateReportSchema, ReportQuerySchema, UpdateReportSchema } from './schema'
import type { ReportService } from './service'

export function reportRoutes(service: ReportService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('report:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ReportQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('report:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('report:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateReportSchema, req))
      res.status(201).location(`/reports/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('report:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateReportSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('report:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
