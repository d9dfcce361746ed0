// Examples of valid and invalid store bodies, checked by `npm run check:schemas`.
import { CreateStoreSchema } from './schema'

export const validStore = CreateStoreSchema.parse({
  code: 'code-sample',
  name: 'name-sample',
  timezone: 'timezone-sample',
  currency: 'currency-sample',
})

export const invalidStore = CreateStoreSchema.safeParse({}).success === false
