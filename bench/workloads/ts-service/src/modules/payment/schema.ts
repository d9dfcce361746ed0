// The payment resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const PaymentStatus = z.enum(['pending', 'captured', 'failed', 'refunded'])
export type PaymentStatus = z.infer<typeof PaymentStatus>

export const PaymentSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  amount: money,
  provider: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  capturedAt: isoDate,
  status: PaymentStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Payment = z.infer<typeof PaymentSchema>

export const CreatePaymentSchema = PaymentSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PaymentStatus.default('pending')
})
export type CreatePayment = z.infer<typeof CreatePaymentSchema>

export const UpdatePaymentSchema = CreatePaymentSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePayment = z.infer<typeof UpdatePaymentSchema>

export const PaymentQuerySchema = z.object({
  status: PaymentStatus.optional(),
  orderId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PaymentQuery = z.infer<typeof PaymentQuerySchema>

export const paymentTransitions: Record<PaymentStatus, readonly PaymentStatus[]> = {
  'pending': ['captured', 'failed', 'refunded'],
  'captured': ['failed', 'refunded'],
  'failed': ['refunded'],
  'refunded': [],
}
