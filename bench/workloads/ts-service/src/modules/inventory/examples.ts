// Examples of valid and invalid inventory bodies, checked by `npm run check:schemas`.
import { CreateInventorySchema } from './schema'

export const validInventory = CreateInventorySchema.parse({
  variantId: '00000000-0000-4000-8000-000000000001',
  warehouseId: '00000000-0000-4000-8000-000000000001',
  onHand: 3,
  reserved: 3,
})

export const invalidInventory = CreateInventorySchema.safeParse({}).success === false
