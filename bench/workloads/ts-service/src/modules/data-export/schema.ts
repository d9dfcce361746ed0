// The data-export resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const DataExportStatus = z.enum(['queued', 'running', 'done', 'failed'])
export type DataExportStatus = z.infer<typeof DataExportStatus>

export const DataExportSchema = z.object({
  id: z.string().uuid(),
  reportId: z.string().uuid(),
  format: z.string().min(1).max(200),
  url: z.string().url(),
  finishedAt: isoDate,
  status: DataExportStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type DataExport = z.infer<typeof DataExportSchema>

export const CreateDataExportSchema = DataExportSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: DataExportStatus.default('queued')
})
export type CreateDataExport = z.infer<typeof CreateDataExportSchema>

export const UpdateDataExportSchema = CreateDataExportSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateDataExport = z.infer<typeof UpdateDataExportSchema>

export const DataExportQuerySchema = z.object({
  status: DataExportStatus.optional(),
  reportId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type DataExportQuery = z.infer<typeof DataExportQuerySchema>

export const dataExportTransitions: Record<DataExportStatus, readonly DataExportStatus[]> = {
  'queued': ['running', 'done', 'failed'],
  'running': ['done', 'failed'],
  'done': ['failed'],
  'failed': [],
}
