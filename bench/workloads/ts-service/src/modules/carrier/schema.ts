// The carrier resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const CarrierStatus = z.enum(['active', 'inactive'])
export type CarrierStatus = z.infer<typeof CarrierStatus>

export const CarrierSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  trackingUrl: z.string().url(),
  status: CarrierStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Carrier = z.infer<typeof CarrierSchema>

export const CreateCarrierSchema = CarrierSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CarrierStatus.default('active')
})
export type CreateCarrier = z.infer<typeof CreateCarrierSchema>

export const UpdateCarrierSchema = CreateCarrierSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCarrier = z.infer<typeof UpdateCarrierSchema>

export const CarrierQuerySchema = z.object({
  status: CarrierStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CarrierQuery = z.infer<typeof CarrierQuerySchema>

export const carrierTransitions: Record<CarrierStatus, readonly CarrierStatus[]> = {
  'active': ['inactive'],
  'inactive': [],
}
