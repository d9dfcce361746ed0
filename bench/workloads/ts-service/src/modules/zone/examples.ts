// Examples of valid and invalid zone bodies, checked by `npm run check:schemas`.
import { CreateZoneSchema } from './schema'

export const validZone = CreateZoneSchema.parse({
  name: 'name-sample',
  countries: ['a', 'b'],
})

export const invalidZone = CreateZoneSchema.safeParse({}).success === false
