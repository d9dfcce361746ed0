// The faq resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const FaqStatus = z.enum(['visible', 'hidden'])
export type FaqStatus = z.infer<typeof FaqStatus>

export const FaqSchema = z.object({
  id: z.string().uuid(),
  question: z.string().min(1).max(200),
  answer: z.string().max(20000),
  position: z.number().int(),
  status: FaqStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Faq = z.infer<typeof FaqSchema>

export const CreateFaqSchema = FaqSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: FaqStatus.default('visible')
})
export type CreateFaq = z.infer<typeof CreateFaqSchema>

export const UpdateFaqSchema = CreateFaqSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateFaq = z.infer<typeof UpdateFaqSchema>

export const FaqQuerySchema = z.object({
  status: FaqStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type FaqQuery = z.infer<typeof FaqQuerySchema>

export const faqTransitions: Record<FaqStatus, readonly FaqStatus[]> = {
  'visible': ['hidden'],
  'hidden': [],
}
