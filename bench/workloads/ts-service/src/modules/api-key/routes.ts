// The /api-keys endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateApiKeySchema, ApiKeyQuerySchema, UpdateApiKeySchema } from './schema'
import type { ApiKeyService } from './service'

export function apiKeyRoutes(service: ApiKeyService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('api-key:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ApiKeyQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('api-key:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('api-key:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateApiKeySchema, req))
      res.status(201).location(`/api-keys/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('api-key:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateApiKeySchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('api-key:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
