// Examples of valid and invalid ticket-comment bodies, checked by `npm run check:schemas`.
import { CreateTicketCommentSchema } from './schema'

export const validTicketComment = CreateTicketCommentSchema.parse({
  ticketId: '00000000-0000-4000-8000-000000000001',
  authorId: '00000000-0000-4000-8000-000000000001',
  body: 'lorem ipsum',
  internal: true,
})

export const invalidTicketComment = CreateTicketCommentSchema.safeParse({}).success === false
