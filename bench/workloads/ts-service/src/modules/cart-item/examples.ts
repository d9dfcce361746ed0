// Examples of valid and invalid cart-item bodies, checked by `npm run check:schemas`.
import { CreateCartItemSchema } from './schema'

export const validCartItem = CreateCartItemSchema.parse({
  cartId: '00000000-0000-4000-8000-000000000001',
  variantId: '00000000-0000-4000-8000-000000000001',
  quantity: 3,
})

export const invalidCartItem = CreateCartItemSchema.safeParse({}).success === false
