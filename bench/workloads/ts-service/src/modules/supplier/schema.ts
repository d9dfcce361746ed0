// The supplier resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const SupplierStatus = z.enum(['active', 'paused'])
export type SupplierStatus = z.infer<typeof SupplierStatus>

export const SupplierSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  email: z.string().email(),
  website: z.string().url(),
  leadTimeDays: z.number().int(),
  status: SupplierStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Supplier = z.infer<typeof SupplierSchema>

export const CreateSupplierSchema = SupplierSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: SupplierStatus.default('active')
})
export type CreateSupplier = z.infer<typeof CreateSupplierSchema>

export const UpdateSupplierSchema = CreateSupplierSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateSupplier = z.infer<typeof UpdateSupplierSchema>

export const SupplierQuerySchema = z.object({
  status: SupplierStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type SupplierQuery = z.infer<typeof SupplierQuerySchema>

export const supplierTransitions: Record<SupplierStatus, readonly SupplierStatus[]> = {
  'active': ['paused'],
  'paused': [],
}
