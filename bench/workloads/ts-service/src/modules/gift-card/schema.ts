// The gift-card resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const GiftCardStatus = z.enum(['active', 'spent', 'expired'])
export type GiftCardStatus = z.infer<typeof GiftCardStatus>

export const GiftCardSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  balance: money,
  expiresAt: isoDate,
  status: GiftCardStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type GiftCard = z.infer<typeof GiftCardSchema>

export const CreateGiftCardSchema = GiftCardSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: GiftCardStatus.default('active')
})
export type CreateGiftCard = z.infer<typeof CreateGiftCardSchema>

export const UpdateGiftCardSchema = CreateGiftCardSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateGiftCard = z.infer<typeof UpdateGiftCardSchema>

export const GiftCardQuerySchema = z.object({
  status: GiftCardStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type GiftCardQuery = z.infer<typeof GiftCardQuerySchema>

export const giftCardTransitions: Record<GiftCardStatus, readonly GiftCardStatus[]> = {
  'active': ['spent', 'expired'],
  'spent': ['expired'],
  'expired': [],
}
