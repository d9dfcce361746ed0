// Examples of valid and invalid promotion bodies, checked by `npm run check:schemas`.
import { CreatePromotionSchema } from './schema'

export const validPromotion = CreatePromotionSchema.parse({
  title: 'title-sample',
  description: 'lorem ipsum',
  startsAt: '2024-01-02T03:04:05.000Z',
  endsAt: '2024-01-02T03:04:05.000Z',
})

export const invalidPromotion = CreatePromotionSchema.safeParse({}).success === false
