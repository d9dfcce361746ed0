// Examples of valid and invalid page bodies, checked by `npm run check:schemas`.
import { CreatePageSchema } from './schema'

export const validPage = CreatePageSchema.parse({
  slug: 'slug-sample',
  title: 'title-sample',
  body: 'lorem ipsum',
  publishedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidPage = CreatePageSchema.safeParse({}).success === false
