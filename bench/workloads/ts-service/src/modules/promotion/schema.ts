// The promotion resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const PromotionStatus = z.enum(['scheduled', 'running', 'ended'])
export type PromotionStatus = z.infer<typeof PromotionStatus>

export const PromotionSchema = z.object({
  id: z.string().uuid(),
  title: z.string().min(1).max(200),
  description: z.string().max(20000),
  startsAt: isoDate,
  endsAt: isoDate,
  status: PromotionStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Promotion = z.infer<typeof PromotionSchema>

export const CreatePromotionSchema = PromotionSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PromotionStatus.default('scheduled')
})
export type CreatePromotion = z.infer<typeof CreatePromotionSchema>

export const UpdatePromotionSchema = CreatePromotionSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePromotion = z.infer<typeof UpdatePromotionSchema>

export const PromotionQuerySchema = z.object({
  status: PromotionStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PromotionQuery = z.infer<typeof PromotionQuerySchema>

export const promotionTransitions: Record<PromotionStatus, readonly PromotionStatus[]> = {
  'scheduled': ['running', 'ended'],
  'running': ['ended'],
  'ended': [],
}
