// The /parcels endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateParcelSchema, ParcelQuerySchema, UpdateParcelSchema } from './schema'
import type { ParcelService } from './service'

export function parcelRoutes(service: ParcelService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('parcel:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ParcelQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('parcel:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('parcel:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateParcelSchema, req))
      res.status(201).location(`/parcels/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('parcel:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateParcelSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('parcel:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
