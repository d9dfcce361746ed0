// The inventory resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const InventoryStatus = z.enum(['ok', 'low', 'out'])
export type InventoryStatus = z.infer<typeof InventoryStatus>

export const InventorySchema = z.object({
  id: z.string().uuid(),
  variantId: z.string().uuid(),
  warehouseId: z.string().uuid(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  status: InventoryStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Inventory = z.infer<typeof InventorySchema>

export const CreateInventorySchema = InventorySchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: InventoryStatus.default('ok')
})
export type CreateInventory = z.infer<typeof CreateInventorySchema>

export const UpdateInventorySchema = CreateInventorySchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateInventory = z.infer<typeof UpdateInventorySchema>

export const InventoryQuerySchema = z.object({
  status: InventoryStatus.optional(),
  variantId: z.string().uuid().optional(),
  warehouseId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type InventoryQuery = z.infer<typeof InventoryQuerySchema>

export const inventoryTransitions: Record<InventoryStatus, readonly InventoryStatus[]> = {
  'ok': ['low', 'out'],
  'low': ['out'],
  'out': [],
}
