// The order resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const OrderStatus = z.enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled'])
export type OrderStatus = z.infer<typeof OrderStatus>

export const OrderSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  number: z.string().min(1).max(200),
  total: money,
  placedAt: isoDate,
  notes: z.string().max(20000),
  status: OrderStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Order = z.infer<typeof OrderSchema>

export const CreateOrderSchema = OrderSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: OrderStatus.default('pending')
})
export type CreateOrder = z.infer<typeof CreateOrderSchema>

export const UpdateOrderSchema = CreateOrderSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateOrder = z.infer<typeof UpdateOrderSchema>

export const OrderQuerySchema = z.object({
  status: OrderStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type OrderQuery = z.infer<typeof OrderQuerySchema>

export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  'pending': ['paid', 'shipped', 'delivered', 'cancelled'],
  'paid': ['shipped', 'delivered', 'cancelled'],
  'shipped': ['delivered', 'cancelled'],
  'delivered': ['cancelled'],
  'cancelled': [],
}
