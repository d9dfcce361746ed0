// Examples of valid and invalid price-list bodies, checked by `npm run check:schemas`.
import { CreatePriceListSchema } from './schema'

export const validPriceList = CreatePriceListSchema.parse({
  name: 'name-sample',
  currency: 'currency-sample',
  validFrom: '2024-01-02T03:04:05.000Z',
})

export const invalidPriceList = CreatePriceListSchema.safeParse({}).success === false
