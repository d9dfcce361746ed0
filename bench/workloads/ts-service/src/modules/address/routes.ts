// The /addresss endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateAddressSchema, AddressQuerySchema, UpdateAddressSchema } from './schema'
import type { AddressService } from './service'

export function addressRoutes(service: AddressService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('address:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(AddressQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('address:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('address:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateAddressSchema, req))
      res.status(201).location(`/addresss/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('address:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateAddressSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('address:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
