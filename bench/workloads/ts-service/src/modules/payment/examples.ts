// Examples of valid and invalid payment bodies, checked by `npm run check:schemas`.
import { CreatePaymentSchema } from './schema'

export const validPayment = CreatePaymentSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  amount: { amountMinor: 1250, currency: 'EUR' },
  provider: 'provider-sample',
  reference: 'reference-sample',
  capturedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidPayment = CreatePaymentSchema.safeParse({}).success === false
