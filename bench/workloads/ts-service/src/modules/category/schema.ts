// The category resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const CategoryStatus = z.enum(['visible', 'hidden'])
export type CategoryStatus = z.infer<typeof CategoryStatus>

export const CategorySchema = z.object({
  id: z.string().uuid(),
  slug: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  parentId: z.string().uuid().nullable(),
  position: z.number().int(),
  status: CategoryStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Category = z.infer<typeof CategorySchema>

export const CreateCategorySchema = CategorySchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CategoryStatus.default('visible')
})
export type CreateCategory = z.infer<typeof CreateCategorySchema>

export const UpdateCategorySchema = CreateCategorySchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCategory = z.infer<typeof UpdateCategorySchema>

export const CategoryQuerySchema = z.object({
  status: CategoryStatus.optional(),
  parentId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CategoryQuery = z.infer<typeof CategoryQuerySchema>

export const categoryTransitions: Record<CategoryStatus, readonly CategoryStatus[]> = {
  'visible': ['hidden'],
  'hidden': [],
}
