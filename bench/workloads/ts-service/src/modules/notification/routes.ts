// The /notifications endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateNotificationSchema, NotificationQuerySchema, UpdateNotificationSchema } from './schema'
import type { NotificationService } from './service'

export function notificationRoutes(service: NotificationService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('notification:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(NotificationQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('notification:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('notification:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateNotificationSchema, req))
      res.status(201).location(`/notifications/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('notification:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateNotificationSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('notification:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
