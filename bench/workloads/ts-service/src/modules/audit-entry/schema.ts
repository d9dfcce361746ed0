// The audit-entry resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const AuditEntryStatus = z.enum(['recorded'])
export type AuditEntryStatus = z.infer<typeof AuditEntryStatus>

export const AuditEntrySchema = z.object({
  id: z.string().uuid(),
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(200),
  target: z.string().min(1).max(200),
  at: isoDate,
  details: z.record(z.unknown()),
  status: AuditEntryStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const CreateAuditEntrySchema = AuditEntrySchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: AuditEntryStatus.default('recorded')
})
export type CreateAuditEntry = z.infer<typeof CreateAuditEntrySchema>

export const UpdateAuditEntrySchema = CreateAuditEntrySchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateAuditEntry = z.infer<typeof UpdateAuditEntrySchema>

export const AuditEntryQuerySchema = z.object({
  status: AuditEntryStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type AuditEntryQuery = z.infer<typeof AuditEntryQuerySchema>

export const auditEntryTransitions: Record<AuditEntryStatus, readonly AuditEntryStatus[]> = {
  'recorded': [],
}
