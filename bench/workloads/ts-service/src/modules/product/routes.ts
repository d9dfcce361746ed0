// The /products endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateProductSchema, ProductQuerySchema, UpdateProductSchema } from './schema'
import type { ProductService } from './service'

export function productRoutes(service: ProductService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('product:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(ProductQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('product:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('product:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateProductSchema, req))
      res.status(201).location(`/products/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('product:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateProductSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('product:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
