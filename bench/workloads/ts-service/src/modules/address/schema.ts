// The address resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const AddressStatus = z.enum(['valid', 'unverified'])
export type AddressStatus = z.infer<typeof AddressStatus>

export const AddressSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  line1: z.string().min(1).max(200),
  line2: z.string().min(1).max(200),
  city: z.string().min(1).max(200),
  postcode: z.string().min(1).max(200),
  country: z.string().min(1).max(200),
  status: AddressStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Address = z.infer<typeof AddressSchema>

export const CreateAddressSchema = AddressSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: AddressStatus.default('valid')
})
export type CreateAddress = z.infer<typeof CreateAddressSchema>

export const UpdateAddressSchema = CreateAddressSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateAddress = z.infer<typeof UpdateAddressSchema>

export const AddressQuerySchema = z.object({
  status: AddressStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type AddressQuery = z.infer<typeof AddressQuerySchema>

export const addressTransitions: Record<AddressStatus, readonly AddressStatus[]> = {
  'valid': ['unverified'],
  'unverified': [],
}
