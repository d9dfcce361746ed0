// Examples of valid and invalid carrier bodies, checked by `npm run check:schemas`.
import { CreateCarrierSchema } from './schema'

export const validCarrier = CreateCarrierSchema.parse({
  code: 'code-sample',
  name: 'name-sample',
  trackingUrl: 'https://example.com/a',
})

export const invalidCarrier = CreateCarrierSchema.safeParse({}).success === false
