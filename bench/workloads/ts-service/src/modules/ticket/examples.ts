// Examples of valid and invalid ticket bodies, checked by `npm run check:schemas`.
import { CreateTicketSchema } from './schema'

export const validTicket = CreateTicketSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  subject: 'subject-sample',
  body: 'lorem ipsum',
  priority: 3,
})

export const invalidTicket = CreateTicketSchema.safeParse({}).success === false
