// Examples of valid and invalid order bodies, checked by `npm run check:schemas`.
import { CreateOrderSchema } from './schema'

export const validOrder = CreateOrderSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  number: 'number-sample',
  total: { amountMinor: 1250, currency: 'EUR' },
  placedAt: '2024-01-02T03:04:05.000Z',
  notes: 'lorem ipsum',
})

export const invalidOrder = CreateOrderSchema.safeParse({}).success === false
