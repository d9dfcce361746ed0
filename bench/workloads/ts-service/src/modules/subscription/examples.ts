// Examples of valid and invalid subscription bodies, checked by `npm run check:schemas`.
import { CreateSubscriptionSchema } from './schema'

export const validSubscription = CreateSubscriptionSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  plan: 'plan-sample',
  price: { amountMinor: 1250, currency: 'EUR' },
  renewsAt: '2024-01-02T03:04:05.000Z',
})

export const invalidSubscription = CreateSubscriptionSchema.safeParse({}).success === false
