// The /webhooks endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateWebhookSchema, WebhookQuerySchema, UpdateWebhookSchema } from './schema'
import type { WebhookService } from './service'

export function webhookRoutes(service: WebhookService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('webhook:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(WebhookQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('webhook:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('webhook:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateWebhookSchema, req))
      res.status(201).location(`/webhooks/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('webhook:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateWebhookSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('webhook:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
