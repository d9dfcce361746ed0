// The /employees endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateEmployeeSchema, EmployeeQuerySchema, UpdateEmployeeSchema } from './schema'
import type { EmployeeService } from './service'

export function employeeRoutes(service: EmployeeService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('employee:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(EmployeeQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('employee:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('employee:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateEmployeeSchema, req))
      res.status(201).location(`/employees/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('employee:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateEmployeeSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('employee:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
