// Examples of valid and invalid review bodies, checked by `npm run check:schemas`.
import { CreateReviewSchema } from './schema'

export const validReview = CreateReviewSchema.parse({
  productId: '00000000-0000-4000-8000-000000000001',
  customerId: '00000000-0000-4000-8000-000000000001',
  rating: 3,
  body: 'lorem ipsum',
})

export const invalidReview = CreateReviewSchema.safeParse({}).success === false
