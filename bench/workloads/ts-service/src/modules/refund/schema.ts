// The refund resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const RefundStatus = z.enum(['requested', 'approved', 'paid', 'rejected'])
export type RefundStatus = z.infer<typeof RefundStatus>

export const RefundSchema = z.object({
  id: z.string().uuid(),
  paymentId: z.string().uuid(),
  amount: money,
  reason: z.string().max(20000),
  status: RefundStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Refund = z.infer<typeof RefundSchema>

export const CreateRefundSchema = RefundSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: RefundStatus.default('requested')
})
export type CreateRefund = z.infer<typeof CreateRefundSchema>

export const UpdateRefundSchema = CreateRefundSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateRefund = z.infer<typeof UpdateRefundSchema>

export const RefundQuerySchema = z.object({
  status: RefundStatus.optional(),
  paymentId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type RefundQuery = z.infer<typeof RefundQuerySchema>

export const refundTransitions: Record<RefundStatus, readonly RefundStatus[]> = {
  'requested': ['approved', 'paid', 'rejected'],
  'approved': ['paid', 'rejected'],
  'paid': ['rejected'],
  'rejected': [],
}
