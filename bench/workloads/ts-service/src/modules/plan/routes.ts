// The /plans endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreatePlanSchema, PlanQuerySchema, UpdatePlanSchema } from './schema'
import type { PlanService } from './service'

export function planRoutes(service: PlanService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('plan:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(PlanQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('plan:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('plan:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreatePlanSchema, req))
      res.status(201).location(`/plans/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('plan:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdatePlanSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('plan:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
