// Examples of valid and invalid stock-move bodies, checked by `npm run check:schemas`.
import { CreateStockMoveSchema } from './schema'

export const validStockMove = CreateStockMoveSchema.parse({
  inventoryId: '00000000-0000-4000-8000-000000000001',
  quantity: 3,
  reason: 'reason-sample',
  movedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidStockMove = CreateStockMoveSchema.safeParse({}).success === false
