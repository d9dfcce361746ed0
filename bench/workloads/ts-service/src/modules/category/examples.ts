// Examples of valid and invalid category bodies, checked by `npm run check:schemas`.
import { CreateCategorySchema } from './schema'

export const validCategory = CreateCategorySchema.parse({
  slug: 'slug-sample',
  title: 'title-sample',
  parentId: '00000000-0000-4000-8000-000000000001',
  position: 3,
})

export const invalidCategory = CreateCategorySchema.safeParse({}).success === false
