// The variant resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const VariantStatus = z.enum(['available', 'discontinued'])
export type VariantStatus = z.infer<typeof VariantStatus>

export const VariantSchema = z.object({
  id: z.string().uuid(),
  productId: z.string().uuid(),
  sku: z.string().min(1).max(200),
  size: z.string().min(1).max(200),
  colour: z.string().min(1).max(200),
  price: money,
  status: VariantStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Variant = z.infer<typeof VariantSchema>

export const CreateVariantSchema = VariantSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: VariantStatus.default('available')
})
export type CreateVariant = z.infer<typeof CreateVariantSchema>

export const UpdateVariantSchema = CreateVariantSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateVariant = z.infer<typeof UpdateVariantSchema>

export const VariantQuerySchema = z.object({
  status: VariantStatus.optional(),
  productId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type VariantQuery = z.infer<typeof VariantQuerySchema>

export const variantTransitions: Record<VariantStatus, readonly VariantStatus[]> = {
  'available': ['discontinued'],
  'discontinued': [],
}
