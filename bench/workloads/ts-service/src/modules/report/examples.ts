// Examples of valid and invalid report bodies, checked by `npm run check:schemas`.
import { CreateReportSchema } from './schema'

export const validReport = CreateReportSchema.parse({
  title: 'title-sample',
  query: 'lorem ipsum',
  schedule: 'schedule-sample',
  lastRunAt: '2024-01-02T03:04:05.000Z',
})

export const invalidReport = CreateReportSchema.safeParse({}).success === false
