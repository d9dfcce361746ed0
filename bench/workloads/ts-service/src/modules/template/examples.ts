// Examples of valid and invalid template bodies, checked by `npm run check:schemas`.
import { CreateTemplateSchema } from './schema'

export const validTemplate = CreateTemplateSchema.parse({
  key: 'key-sample',
  subject: 'subject-sample',
  body: 'lorem ipsum',
  locale: 'locale-sample',
})

export const invalidTemplate = CreateTemplateSchema.safeParse({}).success === false
