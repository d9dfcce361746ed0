// The /banners endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateBannerSchema, BannerQuerySchema, UpdateBannerSchema } from './schema'
import type { BannerService } from './service'

export function bannerRoutes(service: BannerService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('banner:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(BannerQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('banner:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('banner:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateBannerSchema, req))
      res.status(201).location(`/banners/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('banner:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateBannerSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('banner:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
