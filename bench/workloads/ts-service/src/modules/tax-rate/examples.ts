// Examples of valid and invalid tax-rate bodies, checked by `npm run check:schemas`.
import { CreateTaxRateSchema } from './schema'

export const validTaxRate = CreateTaxRateSchema.parse({
  country: 'country-sample',
  region: 'region-sample',
  ratePermille: 3,
})

export const invalidTaxRate = CreateTaxRateSchema.safeParse({}).success === false
