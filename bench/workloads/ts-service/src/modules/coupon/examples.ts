// Examples of valid and invalid coupon bodies, checked by `npm run check:schemas`.
import { CreateCouponSchema } from './schema'

export const validCoupon = CreateCouponSchema.parse({
  code: 'code-sample',
  percentOff: 3,
  validUntil: '2024-01-02T03:04:05.000Z',
  maxUses: 3,
})

export const invalidCoupon = CreateCouponSchema.safeParse({}).success === false
