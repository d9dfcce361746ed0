// Examples of valid and invalid cart bodies, checked by `npm run check:schemas`.
import { CreateCartSchema } from './schema'

export const validCart = CreateCartSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  total: { amountMinor: 1250, currency: 'EUR' },
  expiresAt: '2024-01-02T03:04:05.000Z',
})

export const invalidCart = CreateCartSchema.safeParse({}).success === false
