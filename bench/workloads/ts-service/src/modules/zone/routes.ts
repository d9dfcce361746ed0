// The /zones endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateZoneSchema, ZoneQuerySchema, UpdateZoneSchema } from './schema'
import type { ZoneService } from './service'

export function zoneRoutes(service: ZoneService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('zone:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ZoneQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('zone:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('zone:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateZoneSchema, req))
      res.status(201).location(`/zones/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('zone:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateZoneSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('zone:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
