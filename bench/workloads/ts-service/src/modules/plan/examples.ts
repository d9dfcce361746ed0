// Examples of valid and invalid plan bodies, checked by `npm run check:schemas`.
import { CreatePlanSchema } from './schema'

export const validPlan = CreatePlanSchema.parse({
  code: 'code-sample',
  title: 'title-sample',
  price: { amountMinor: 1250, currency: 'EUR' },
  intervalDays: 3,
})

export const invalidPlan = CreatePlanSchema.safeParse({}).success === false
