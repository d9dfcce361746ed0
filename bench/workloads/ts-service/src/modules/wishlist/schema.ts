// The wishlist resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const WishlistStatus = z.enum(['active', 'archived'])
export type WishlistStatus = z.infer<typeof WishlistStatus>

export const WishlistSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  title: z.string().min(1).max(200),
  public: z.boolean(),
  status: WishlistStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Wishlist = z.infer<typeof WishlistSchema>

export const CreateWishlistSchema = WishlistSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: WishlistStatus.default('active')
})
export type CreateWishlist = z.infer<typeof CreateWishlistSchema>

export const UpdateWishlistSchema = CreateWishlistSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateWishlist = z.infer<typeof UpdateWishlistSchema>

export const WishlistQuerySchema = z.object({
  status: WishlistStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type WishlistQuery = z.infer<typeof WishlistQuerySchema>

export const wishlistTransitions: Record<WishlistStatus, readonly WishlistStatus[]> = {
  'active': ['archived'],
  'archived': [],
}
