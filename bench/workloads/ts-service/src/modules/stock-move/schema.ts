// The stock-move resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const StockMoveStatus = z.enum(['planned', 'done'])
export type StockMoveStatus = z.infer<typeof StockMoveStatus>

export const StockMoveSchema = z.object({
  id: z.string().uuid(),
  inventoryId: z.string().uuid(),
  quantity: z.number().int(),
  reason: z.string().min(1).max(200),
  movedAt: isoDate,
  status: StockMoveStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type StockMove = z.infer<typeof StockMoveSchema>

export const CreateStockMoveSchema = StockMoveSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: StockMoveStatus.default('planned')
})
export type CreateStockMove = z.infer<typeof CreateStockMoveSchema>

export const UpdateStockMoveSchema = CreateStockMoveSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateStockMove = z.infer<typeof UpdateStockMoveSchema>

export const StockMoveQuerySchema = z.object({
  status: StockMoveStatus.optional(),
  inventoryId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type StockMoveQuery = z.infer<typeof StockMoveQuerySchema>

export const stockMoveTransitions: Record<StockMoveStatus, readonly StockMoveStatus[]> = {
  'planned': ['done'],
  'done': [],
}
