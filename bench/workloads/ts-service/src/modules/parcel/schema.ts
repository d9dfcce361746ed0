// The parcel resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ParcelStatus = z.enum(['labelled', 'in-transit', 'delivered'])
export type ParcelStatus = z.infer<typeof ParcelStatus>

export const ParcelSchema = z.object({
  id: z.string().uuid(),
  shipmentId: z.string().uuid(),
  weightGrams: z.number().int(),
  label: z.string().url(),
  status: ParcelStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Parcel = z.infer<typeof ParcelSchema>

export const CreateParcelSchema = ParcelSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ParcelStatus.default('labelled')
})
export type CreateParcel = z.infer<typeof CreateParcelSchema>

export const UpdateParcelSchema = CreateParcelSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateParcel = z.infer<typeof UpdateParcelSchema>

export const ParcelQuerySchema = z.object({
  status: ParcelStatus.optional(),
  shipmentId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ParcelQuery = z.infer<typeof ParcelQuerySchema>

export const parcelTransitions: Record<ParcelStatus, readonly ParcelStatus[]> = {
  'labelled': ['in-transit', 'delivered'],
  'in-transit': ['delivered'],
  'delivered': [],
}
