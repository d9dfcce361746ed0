// Examples of valid and invalid supplier bodies, checked by `npm run check:schemas`.
import { CreateSupplierSchema } from './schema'

export const validSupplier = CreateSupplierSchema.parse({
  name: 'name-sample',
  email: 'someone@example.com',
  website: 'https://example.com/a',
  leadTimeDays: 3,
})

export const invalidSupplier = CreateSupplierSchema.safeParse({}).success === false
