// The report resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ReportStatus = z.enum(['idle', 'running', 'failed'])
export type ReportStatus = z.infer<typeof ReportStatus>

export const ReportSchema = z.object({
  id: z.string().uuid(),
  title: z.string().min(1).max(200),
  query: z.string().max(20000),
  schedule: z.string().min(1).max(200),
  lastRunAt: isoDate,
  status: ReportStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Report = z.infer<typeof ReportSchema>

export const CreateReportSchema = ReportSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ReportStatus.default('idle')
})
export type CreateReport = z.infer<typeof CreateReportSchema>

export const UpdateReportSchema = CreateReportSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateReport = z.infer<typeof UpdateReportSchema>

export const ReportQuerySchema = z.object({
  status: ReportStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ReportQuery = z.infer<typeof ReportQuerySchema>

export const reportTransitions: Record<ReportStatus, readonly ReportStatus[]> = {
  'idle': ['running', 'failed'],
  'running': ['failed'],
  'failed': [],
}
