// Examples of valid and invalid refund bodies, checked by `npm run check:schemas`.
import { CreateRefundSchema } from './schema'

export const validRefund = CreateRefundSchema.parse({
  paymentId: '00000000-0000-4000-8000-000000000001',
  amount: { amountMinor: 1250, currency: 'EUR' },
  reason: 'lorem ipsum',
})

export const invalidRefund = CreateRefundSchema.safeParse({}).success === false
