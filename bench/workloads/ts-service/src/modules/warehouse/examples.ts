// Examples of valid and invalid warehouse bodies, checked by `npm run check:schemas`.
import { CreateWarehouseSchema } from './schema'

export const validWarehouse = CreateWarehouseSchema.parse({
  code: 'code-sample',
  name: 'name-sample',
  city: 'city-sample',
  capacity: 3,
})

export const invalidWarehouse = CreateWarehouseSchema.safeParse({}).success === false
