// The cart-item resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const CartItemStatus = z.enum(['active', 'removed'])
export type CartItemStatus = z.infer<typeof CartItemStatus>

export const CartItemSchema = z.object({
  id: z.string().uuid(),
  cartId: z.string().uuid(),
  variantId: z.string().uuid(),
  quantity: z.number().int(),
  status: CartItemStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type CartItem = z.infer<typeof CartItemSchema>

export const CreateCartItemSchema = CartItemSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CartItemStatus.default('active')
})
export type CreateCartItem = z.infer<typeof CreateCartItemSchema>

export const UpdateCartItemSchema = CreateCartItemSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCartItem = z.infer<typeof UpdateCartItemSchema>

export const CartItemQuerySchema = z.object({
  status: CartItemStatus.optional(),
  cartId: z.string().uuid().optional(),
  variantId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CartItemQuery = z.infer<typeof CartItemQuerySchema>

export const cartItemTransitions: Record<CartItemStatus, readonly CartItemStatus[]> = {
  'active': ['removed'],
  'removed': [],
}
