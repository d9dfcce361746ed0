// The employee resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const EmployeeStatus = z.enum(['active', 'on-leave', 'left'])
export type EmployeeStatus = z.infer<typeof EmployeeStatus>

export const EmployeeSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  email: z.string().email(),
  role: z.string().min(1).max(200),
  hiredAt: isoDate,
  status: EmployeeStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Employee = z.infer<typeof EmployeeSchema>

export const CreateEmployeeSchema = EmployeeSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: EmployeeStatus.default('active')
})
export type CreateEmployee = z.infer<typeof CreateEmployeeSchema>

export const UpdateEmployeeSchema = CreateEmployeeSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateEmployee = z.infer<typeof UpdateEmployeeSchema>

export const EmployeeQuerySchema = z.object({
  status: EmployeeStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type EmployeeQuery = z.infer<typeof EmployeeQuerySchema>

export const employeeTransitions: Record<EmployeeStatus, readonly EmployeeStatus[]> = {
  'active': ['on-leave', 'left'],
  'on-leave': ['left'],
  'left': [],
}
