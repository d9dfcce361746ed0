// The pick-list resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const PickListStatus = z.enum(['open', 'picking', 'done'])
export type PickListStatus = z.infer<typeof PickListStatus>

export const PickListSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  warehouseId: z.string().uuid(),
  assignedTo: z.string().uuid(),
  status: PickListStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type PickList = z.infer<typeof PickListSchema>

export const CreatePickListSchema = PickListSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PickListStatus.default('open')
})
export type CreatePickList = z.infer<typeof CreatePickListSchema>

export const UpdatePickListSchema = CreatePickListSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePickList = z.infer<typeof UpdatePickListSchema>

export const PickListQuerySchema = z.object({
  status: PickListStatus.optional(),
  orderId: z.string().uuid().optional(),
  warehouseId: z.string().uuid().optional(),
  assignedTo: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PickListQuery = z.infer<typeof PickListQuerySchema>

export const pickListTransitions: Record<PickListStatus, readonly PickListStatus[]> = {
  'open': ['picking', 'done'],
  'picking': ['done'],
  'done': [],
}
