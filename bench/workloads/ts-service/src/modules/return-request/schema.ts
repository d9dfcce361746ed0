// The return-request resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ReturnRequestStatus = z.enum(['requested', 'received', 'refunded'])
export type ReturnRequestStatus = z.infer<typeof ReturnRequestStatus>

export const ReturnRequestSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  reason: z.string().max(20000),
  receivedAt: isoDate,
  status: ReturnRequestStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>

export const CreateReturnRequestSchema = ReturnRequestSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ReturnRequestStatus.default('requested')
})
export type CreateReturnRequest = z.infer<typeof CreateReturnRequestSchema>

export const UpdateReturnRequestSchema = CreateReturnRequestSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateReturnRequest = z.infer<typeof UpdateReturnRequestSchema>

export const ReturnRequestQuerySchema = z.object({
  status: ReturnRequestStatus.optional(),
  orderId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ReturnRequestQuery = z.infer<typeof ReturnRequestQuerySchema>

export const returnRequestTransitions: Record<ReturnRequestStatus, readonly ReturnRequestStatus[]> = {
  'requested': ['received', 'refunded'],
  'received': ['refunded'],
  'refunded': [],
}
