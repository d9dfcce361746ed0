// The data-import resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const DataImportStatus = z.enum(['queued', 'running', 'done', 'failed'])
export type DataImportStatus = z.infer<typeof DataImportStatus>

export const DataImportSchema = z.object({
  id: z.string().uuid(),
  source: z.string().min(1).max(200),
  format: z.string().min(1).max(200),
  rows: z.number().int(),
  finishedAt: isoDate,
  status: DataImportStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type DataImport = z.infer<typeof DataImportSchema>

export const CreateDataImportSchema = DataImportSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: DataImportStatus.default('queued')
})
export type CreateDataImport = z.infer<typeof CreateDataImportSchema>

export const UpdateDataImportSchema = CreateDataImportSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateDataImport = z.infer<typeof UpdateDataImportSchema>

export const DataImportQuerySchema = z.object({
  status: DataImportStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type DataImportQuery = z.infer<typeof DataImportQuerySchema>

export const dataImportTransitions: Record<DataImportStatus, readonly DataImportStatus[]> = {
  'queued': ['running', 'done', 'failed'],
  'running': ['done', 'failed'],
  'done': ['failed'],
  'failed': [],
}
