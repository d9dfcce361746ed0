// Examples of valid and invalid pick-list bodies, checked by `npm run check:schemas`.
import { CreatePickListSchema } from './schema'

export const validPickList = CreatePickListSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  warehouseId: '00000000-0000-4000-8000-000000000001',
  assignedTo: '00000000-0000-4000-8000-000000000001',
})

export const invalidPickList = CreatePickListSchema.safeParse({}).success === false
