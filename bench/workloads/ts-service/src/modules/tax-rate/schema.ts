// The tax-rate resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const TaxRateStatus = z.enum(['current', 'superseded'])
export type TaxRateStatus = z.infer<typeof TaxRateStatus>

export const TaxRateSchema = z.object({
  id: z.string().uuid(),
  country: z.string().min(1).max(200),
  region: z.string().min(1).max(200),
  ratePermille: z.number().int(),
  status: TaxRateStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type TaxRate = z.infer<typeof TaxRateSchema>

export const CreateTaxRateSchema = TaxRateSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: TaxRateStatus.default('current')
})
export type CreateTaxRate = z.infer<typeof CreateTaxRateSchema>

export const UpdateTaxRateSchema = CreateTaxRateSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateTaxRate = z.infer<typeof UpdateTaxRateSchema>

export const TaxRateQuerySchema = z.object({
  status: TaxRateStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type TaxRateQuery = z.infer<typeof TaxRateQuerySchema>

export const taxRateTransitions: Record<TaxRateStatus, readonly TaxRateStatus[]> = {
  'current': ['superseded'],
  'superseded': [],
}
