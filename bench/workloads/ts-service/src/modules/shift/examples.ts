// Examples of valid and invalid shift bodies, checked by `npm run check:schemas`.
import { CreateShiftSchema } from './schema'

export const validShift = CreateShiftSchema.parse({
  employeeId: '00000000-0000-4000-8000-000000000001',
  warehouseId: '00000000-0000-4000-8000-000000000001',
  startsAt: '2024-01-02T03:04:05.000Z',
  endsAt: '2024-01-02T03:04:05.000Z',
})

export const invalidShift = CreateShiftSchema.safeParse({}).success === false
