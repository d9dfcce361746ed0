// The ticket-comment resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const TicketCommentStatus = z.enum(['visible', 'deleted'])
export type TicketCommentStatus = z.infer<typeof TicketCommentStatus>

export const TicketCommentSchema = z.object({
  id: z.string().uuid(),
  ticketId: z.string().uuid(),
  authorId: z.string().uuid(),
  body: z.string().max(20000),
  internal: z.boolean(),
  status: TicketCommentStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type TicketComment = z.infer<typeof TicketCommentSchema>

export const CreateTicketCommentSchema = TicketCommentSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: TicketCommentStatus.default('visible')
})
export type CreateTicketComment = z.infer<typeof CreateTicketCommentSchema>

export const UpdateTicketCommentSchema = CreateTicketCommentSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateTicketComment = z.infer<typeof UpdateTicketCommentSchema>

export const TicketCommentQuerySchema = z.object({
  status: TicketCommentStatus.optional(),
  ticketId: z.string().uuid().optional(),
  authorId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type TicketCommentQuery = z.infer<typeof TicketCommentQuerySchema>

export const ticketCommentTransitions: Record<TicketCommentStatus, readonly TicketCommentStatus[]> = {
  'visible': ['deleted'],
  'deleted': [],
}
