// Examples of valid and invalid faq bodies, checked by `npm run check:schemas`.
import { CreateFaqSchema } from './schema'

export const validFaq = CreateFaqSchema.parse({
  question: 'question-sample',
  answer: 'lorem ipsum',
  position: 3,
})

export const invalidFaq = CreateFaqSchema.safeParse({}).success === false
