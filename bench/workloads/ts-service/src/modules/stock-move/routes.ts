// The /stock-moves endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateStockMoveSchema, StockMoveQuerySchema, UpdateStockMoveSchema } from './schema'
import type { StockMoveService } from './service'

export function stockMoveRoutes(service: StockMoveService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('stock-move:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(StockMoveQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('stock-move:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('stock-move:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateStockMoveSchema, req))
      res.status(201).location(`/stock-moves/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('stock-move:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateStockMoveSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('stock-move:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
