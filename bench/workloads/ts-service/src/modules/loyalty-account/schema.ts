// The loyalty-account resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const LoyaltyAccountStatus = z.enum(['active', 'frozen'])
export type LoyaltyAccountStatus = z.infer<typeof LoyaltyAccountStatus>

export const LoyaltyAccountSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  points: z.number().int(),
  tier: z.string().min(1).max(200),
  status: LoyaltyAccountStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type LoyaltyAccount = z.infer<typeof LoyaltyAccountSchema>

export const CreateLoyaltyAccountSchema = LoyaltyAccountSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: LoyaltyAccountStatus.default('active')
})
export type CreateLoyaltyAccount = z.infer<typeof CreateLoyaltyAccountSchema>

export const UpdateLoyaltyAccountSchema = CreateLoyaltyAccountSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateLoyaltyAccount = z.infer<typeof UpdateLoyaltyAccountSchema>

export const LoyaltyAccountQuerySchema = z.object({
  status: LoyaltyAccountStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type LoyaltyAccountQuery = z.infer<typeof LoyaltyAccountQuerySchema>

export const loyaltyAccountTransitions: Record<LoyaltyAccountStatus, readonly LoyaltyAccountStatus[]> = {
  'active': ['frozen'],
  'frozen': [],
}
