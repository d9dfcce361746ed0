// The team resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const TeamStatus = z.enum(['active', 'disbanded'])
export type TeamStatus = z.infer<typeof TeamStatus>

export const TeamSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  leadId: z.string().uuid(),
  status: TeamStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Team = z.infer<typeof TeamSchema>

export const CreateTeamSchema = TeamSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: TeamStatus.default('active')
})
export type CreateTeam = z.infer<typeof CreateTeamSchema>

export const UpdateTeamSchema = CreateTeamSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateTeam = z.infer<typeof UpdateTeamSchema>

export const TeamQuerySchema = z.object({
  status: TeamStatus.optional(),
  leadId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type TeamQuery = z.infer<typeof TeamQuerySchema>

export const teamTransitions: Record<TeamStatus, readonly TeamStatus[]> = {
  'active': ['disbanded'],
  'disbanded': [],
}
