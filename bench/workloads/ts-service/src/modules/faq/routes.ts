// The /faqs endpoints: parse, authorise, call the service, answer.
import { Router } from 'express'
import { asyncHandler } from '../../middleware/async-handler'
import { requireScope } from '../../middleware/auth'
import { parseBody, parseQuery } from '../../middleware/validate'
import { page } from '../../lib/pagination'
import { CreateFaqSchema, FaqQuerySchema, UpdateFaqSchema } from './schema'
import type { FaqService } from './service'

export function faqRoutes(service: FaqService): Router {
  const router = Router()
  router.get(
    '/',
    requireScope('faq:read'),
    asyncHandler(async (req, res) => {
      const query = parseQuery(FaqQuerySchema, req)
      const items = await service.list(query)
      res.json(page(items, query.limit))
    })
  )
  router.get(
    '/:id',
    requireScope('faq:read'),
    asyncHandler(async (req, res) => {
      res.json(await service.get(req.params.id))
    })
  )
  router.post(
    '/',
    requireScope('faq:write'),
    asyncHandler(async (req, res) => {
      const created = await service.create(parseBody(CreateFaqSchema, req))
      res.status(201).location(`/faqs/${created.id}`).json(created)
    })
  )
  router.patch(
    '/:id',
    requireScope('faq:write'),
    asyncHandler(async (req, res) => {
      res.json(await service.update(req.params.id, parseBody(UpdateFaqSchema, req)))
    })
  )
  router.delete(
    '/:id',
    requireScope('faq:write'),
    asyncHandler(async (req, res) => {
      await service.remove(req.params.id)
      res.status(204).end()
    })
  )
  return router
}
