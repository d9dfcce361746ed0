// Examples of valid and invalid wishlist bodies, checked by `npm run check:schemas`.
import { CreateWishlistSchema } from './schema'

export const validWishlist = CreateWishlistSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  title: 'title-sample',
  public: true,
})

export const invalidWishlist = CreateWishlistSchema.safeParse({}).success === false
