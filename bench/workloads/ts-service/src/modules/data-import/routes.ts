// The /data-imports endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateDataImportSchema, DataImportQuerySchema, UpdateDataImportSchema } from './schema'
import type { DataImportService } from './service'

export function dataImportRoutes(service: DataImportService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('data-import:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(DataImportQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('data-import:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('data-import:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateDataImportSchema, req))
      res.status(201).location(`/data-imports/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('data-import:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateDataImportSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('data-import:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
