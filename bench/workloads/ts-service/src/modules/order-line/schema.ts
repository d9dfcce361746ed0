// The order-line resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const OrderLineStatus = z.enum(['open', 'fulfilled'])
export type OrderLineStatus = z.infer<typeof OrderLineStatus>

export const OrderLineSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  variantId: z.string().uuid(),
  quantity: z.number().int(),
  unitPrice: money,
  status: OrderLineStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type OrderLine = z.infer<typeof OrderLineSchema>

export const CreateOrderLineSchema = OrderLineSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: OrderLineStatus.default('open')
})
export type CreateOrderLine = z.infer<typeof CreateOrderLineSchema>

export const UpdateOrderLineSchema = CreateOrderLineSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateOrderLine = z.infer<typeof UpdateOrderLineSchema>

export const OrderLineQuerySchema = z.object({
  status: OrderLineStatus.optional(),
  orderId: z.string().uuid().optional(),
  variantId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type OrderLineQuery = z.infer<typeof OrderLineQuerySchema>

export const orderLineTransitions: Record<OrderLineStatus, readonly OrderLineStatus[]> = {
  'open': ['fulfilled'],
  'fulfilled': [],
}
