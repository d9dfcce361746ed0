// The ticket resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const TicketStatus = z.enum(['open', 'waiting', 'solved', 'closed'])
export type TicketStatus = z.infer<typeof TicketStatus>

export const TicketSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  subject: z.string().min(1).max(200),
  body: z.string().max(20000),
  priority: z.number().int(),
  status: TicketStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Ticket = z.infer<typeof TicketSchema>

export const CreateTicketSchema = TicketSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: TicketStatus.default('open')
})
export type CreateTicket = z.infer<typeof CreateTicketSchema>

export const UpdateTicketSchema = CreateTicketSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateTicket = z.infer<typeof UpdateTicketSchema>

export const TicketQuerySchema = z.object({
  status: TicketStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type TicketQuery = z.infer<typeof TicketQuerySchema>

export const ticketTransitions: Record<TicketStatus, readonly TicketStatus[]> = {
  'open': ['waiting', 'solved', 'closed'],
  'waiting': ['solved', 'closed'],
  'solved': ['closed'],
  'closed': [],
}
