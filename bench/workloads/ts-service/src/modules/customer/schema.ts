// The customer resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const CustomerStatus = z.enum(['lead', 'active', 'churned'])
export type CustomerStatus = z.infer<typeof CustomerStatus>

export const CustomerSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  email: z.string().email(),
  phone: z.string().min(1).max(200),
  company: z.string().min(1).max(200),
  notes: z.string().max(20000),
  vip: z.boolean(),
  status: CustomerStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Customer = z.infer<typeof CustomerSchema>

export const CreateCustomerSchema = CustomerSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CustomerStatus.default('lead')
})
export type CreateCustomer = z.infer<typeof CreateCustomerSchema>

export const UpdateCustomerSchema = CreateCustomerSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCustomer = z.infer<typeof UpdateCustomerSchema>

export const CustomerQuerySchema = z.object({
  status: CustomerStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CustomerQuery = z.infer<typeof CustomerQuerySchema>

export const customerTransitions: Record<CustomerStatus, readonly CustomerStatus[]> = {
  'lead': ['active', 'churned'],
  'active': ['churned'],
  'churned': [],
}
