// The page resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const PageStatus = z.enum(['draft', 'published', 'archived'])
export type PageStatus = z.infer<typeof PageStatus>

export const PageSchema = z.object({
  id: z.string().uuid(),
  slug: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  body: z.string().max(20000),
  publishedAt: isoDate,
  status: PageStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Page = z.infer<typeof PageSchema>

export const CreatePageSchema = PageSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PageStatus.default('draft')
})
export type CreatePage = z.infer<typeof CreatePageSchema>

export const UpdatePageSchema = CreatePageSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePage = z.infer<typeof UpdatePageSchema>

export const PageQuerySchema = z.object({
  status: PageStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PageQuery = z.infer<typeof PageQuerySchema>

export const pageTransitions: Record<PageStatus, readonly PageStatus[]> = {
  'draft': ['published', 'archived'],
  'published': ['archived'],
  'archived': [],
}
