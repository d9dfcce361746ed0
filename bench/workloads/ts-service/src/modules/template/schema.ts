// The template resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const TemplateStatus = z.enum(['draft', 'active'])
export type TemplateStatus = z.infer<typeof TemplateStatus>

export const TemplateSchema = z.object({
  id: z.string().uuid(),
  key: z.string().min(1).max(200),
  subject: z.string().min(1).max(200),
  body: z.string().max(20000),
  locale: z.string().min(1).max(200),
  status: TemplateStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Template = z.infer<typeof TemplateSchema>

export const CreateTemplateSchema = TemplateSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: TemplateStatus.default('draft')
})
export type CreateTemplate = z.infer<typeof CreateTemplateSchema>

export const UpdateTemplateSchema = CreateTemplateSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateTemplate = z.infer<typeof UpdateTemplateSchema>

export const TemplateQuerySchema = z.object({
  status: TemplateStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type TemplateQuery = z.infer<typeof TemplateQuerySchema>

export const templateTransitions: Record<TemplateStatus, readonly TemplateStatus[]> = {
  'draft': ['active'],
  'active': [],
}
