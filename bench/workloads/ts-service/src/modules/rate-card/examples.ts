// Examples of valid and invalid rate-card bodies, checked by `npm run check:schemas`.
import { CreateRateCardSchema } from './schema'

export const validRateCard = CreateRateCardSchema.parse({
  carrierId: '00000000-0000-4000-8000-000000000001',
  zoneId: '00000000-0000-4000-8000-000000000001',
  price: { amountMinor: 1250, currency: 'EUR' },
  maxWeightGrams: 3,
})

export const invalidRateCard = CreateRateCardSchema.safeParse({}).success === false
