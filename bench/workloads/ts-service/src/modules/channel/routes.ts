// The /channels endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateChannelSchema, ChannelQuerySchema, UpdateChannelSchema } from './schema'
import type { ChannelService } from './service'

export function channelRoutes(service: ChannelService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('channel:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ChannelQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('channel:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('channel:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateChannelSchema, req))
      res.status(201).location(`/channels/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('channel:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateChannelSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('channel:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
