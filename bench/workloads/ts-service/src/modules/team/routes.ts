// The /teams endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateTeamSchema, TeamQuerySchema, UpdateTeamSchema } from './schema'
import type { TeamService } from './service'

export function teamRoutes(service: TeamService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('team:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(TeamQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('team:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('team:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateTeamSchema, req))
      res.status(201).location(`/teams/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('team:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateTeamSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('team:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
