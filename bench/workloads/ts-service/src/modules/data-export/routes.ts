// The /data-exports endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateDataExportSchema, DataExportQuerySchema, UpdateDataExportSchema } from './schema'
import type { DataExportService } from './service'

export function dataExportRoutes(service: DataExportService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('data-export:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(DataExportQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('data-export:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('data-export:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateDataExportSchema, req))
      res.status(201).location(`/data-exports/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('data-export:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateDataExportSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('data-export:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
