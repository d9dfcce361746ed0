// The cart resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const CartStatus = z.enum(['open', 'converted', 'abandoned'])
export type CartStatus = z.infer<typeof CartStatus>

export const CartSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  total: money,
  expiresAt: isoDate,
  status: CartStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Cart = z.infer<typeof CartSchema>

export const CreateCartSchema = CartSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CartStatus.default('open')
})
export type CreateCart = z.infer<typeof CreateCartSchema>

export const UpdateCartSchema = CreateCartSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCart = z.infer<typeof UpdateCartSchema>

export const CartQuerySchema = z.object({
  status: CartStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CartQuery = z.infer<typeof CartQuerySchema>

export const cartTransitions: Record<CartStatus, readonly CartStatus[]> = {
  'open': ['converted', 'abandoned'],
  'converted': ['abandoned'],
  'abandoned': [],
}
