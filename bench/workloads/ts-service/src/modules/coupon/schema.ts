// The coupon resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const CouponStatus = z.enum(['active', 'expired'])
export type CouponStatus = z.infer<typeof CouponStatus>

export const CouponSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  percentOff: z.number().int(),
  validUntil: isoDate,
  maxUses: z.number().int(),
  status: CouponStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Coupon = z.infer<typeof CouponSchema>

export const CreateCouponSchema = CouponSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CouponStatus.default('active')
})
export type CreateCoupon = z.infer<typeof CreateCouponSchema>

export const UpdateCouponSchema = CreateCouponSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCoupon = z.infer<typeof UpdateCouponSchema>

export const CouponQuerySchema = z.object({
  status: CouponStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CouponQuery = z.infer<typeof CouponQuerySchema>

export const couponTransitions: Record<CouponStatus, readonly CouponStatus[]> = {
  'active': ['expired'],
  'expired': [],
}
