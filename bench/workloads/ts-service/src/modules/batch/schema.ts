// The batch resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const BatchStatus = z.enum(['open', 'closed', 'expired'])
export type BatchStatus = z.infer<typeof BatchStatus>

export const BatchSchema = z.object({
  id: z.string().uuid(),
  warehouseId: z.string().uuid(),
  code: z.string().min(1).max(200),
  expiresAt: isoDate,
  quantity: z.number().int(),
  status: BatchStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Batch = z.infer<typeof BatchSchema>

export const CreateBatchSchema = BatchSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: BatchStatus.default('open')
})
export type CreateBatch = z.infer<typeof CreateBatchSchema>

export const UpdateBatchSchema = CreateBatchSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateBatch = z.infer<typeof UpdateBatchSchema>

export const BatchQuerySchema = z.object({
  status: BatchStatus.optional(),
  warehouseId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type BatchQuery = z.infer<typeof BatchQuerySchema>

export const batchTransitions: Record<BatchStatus, readonly BatchStatus[]> = {
  'open': ['closed', 'expired'],
  'closed': ['expired'],
  'expired': [],
}
