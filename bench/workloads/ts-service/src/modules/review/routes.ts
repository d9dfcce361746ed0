// The /reviews endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateReviewSchema, ReviewQuerySchema, UpdateReviewSchema } from './schema'
import type { ReviewService } from './service'

export function reviewRoutes(service: ReviewService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('review:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ReviewQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('review:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('review:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateReviewSchema, req))
      res.status(201).location(`/reviews/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('review:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateReviewSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('review:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
