// The warehouse resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const WarehouseStatus = z.enum(['open', 'closed'])
export type WarehouseStatus = z.infer<typeof WarehouseStatus>

export const WarehouseSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  city: z.string().min(1).max(200),
  capacity: z.number().int(),
  status: WarehouseStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Warehouse = z.infer<typeof WarehouseSchema>

export const CreateWarehouseSchema = WarehouseSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: WarehouseStatus.default('open')
})
export type CreateWarehouse = z.infer<typeof CreateWarehouseSchema>

export const UpdateWarehouseSchema = CreateWarehouseSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateWarehouse = z.infer<typeof UpdateWarehouseSchema>

export const WarehouseQuerySchema = z.object({
  status: WarehouseStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type WarehouseQuery = z.infer<typeof WarehouseQuerySchema>

export const warehouseTransitions: Record<WarehouseStatus, readonly WarehouseStatus[]> = {
  'open': ['closed'],
  'closed': [],
}
