// Examples of valid and invalid loyalty-account bodies, checked by `npm run check:schemas`.
import { CreateLoyaltyAccountSchema } from './schema'

export const validLoyaltyAccount = CreateLoyaltyAccountSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  points: 3,
  tier: 'tier-sample',
})

export const invalidLoyaltyAccount = CreateLoyaltyAccountSchema.safeParse({}).success === false
