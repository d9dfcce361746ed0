// The /shifts endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateShiftSchema, ShiftQuerySchema, UpdateShiftSchema } from './schema'
import type { ShiftService } from './service'

export function shiftRoutes(service: ShiftService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('shift:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ShiftQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('shift:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('shift:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateShiftSchema, req))
      res.status(201).location(`/shifts/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('shift:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateShiftSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('shift:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
