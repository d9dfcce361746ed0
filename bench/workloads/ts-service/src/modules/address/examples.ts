// Examples of valid and invalid address bodies, checked by `npm run check:schemas`.
import { CreateAddressSchema } from './schema'

export const validAddress = CreateAddressSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  line1: 'line1-sample',
  line2: 'line2-sample',
  city: 'city-sample',
  postcode: 'postcode-sample',
  country: 'country-sample',
})

export const invalidAddress = CreateAddressSchema.safeParse({}).success === false
