// Examples of valid and invalid batch bodies, checked by `npm run check:schemas`.
import { CreateBatchSchema } from './schema'

export const validBatch = CreateBatchSchema.parse({
  warehouseId: '00000000-0000-4000-8000-000000000001',
  code: 'code-sample',
  expiresAt: '2024-01-02T03:04:05.000Z',
  quantity: 3,
})

export const invalidBatch = CreateBatchSchema.safeParse({}).success === false
