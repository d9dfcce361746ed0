// The rate-card resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const RateCardStatus = z.enum(['current', 'superseded'])
export type RateCardStatus = z.infer<typeof RateCardStatus>

export const RateCardSchema = z.object({
  id: z.string().uuid(),
  carrierId: z.string().uuid(),
  zoneId: z.string().uuid(),
  price: money,
  maxWeightGrams: z.number().int(),
  status: RateCardStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type RateCard = z.infer<typeof RateCardSchema>

export const CreateRateCardSchema = RateCardSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: RateCardStatus.default('current')
})
export type CreateRateCard = z.infer<typeof CreateRateCardSchema>

export const UpdateRateCardSchema = CreateRateCardSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateRateCard = z.infer<typeof UpdateRateCardSchema>

export const RateCardQuerySchema = z.object({
  status: RateCardStatus.optional(),
  carrierId: z.string().uuid().optional(),
  zoneId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type RateCardQuery = z.infer<typeof RateCardQuerySchema>

export const rateCardTransitions: Record<RateCardStatus, readonly RateCardStatus[]> = {
  'current': ['superseded'],
  'superseded': [],
}
