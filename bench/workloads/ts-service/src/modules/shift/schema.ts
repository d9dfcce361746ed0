// The shift resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ShiftStatus = z.enum(['planned', 'worked', 'missed'])
export type ShiftStatus = z.infer<typeof ShiftStatus>

export const ShiftSchema = z.object({
  id: z.string().uuid(),
  employeeId: z.string().uuid(),
  warehouseId: z.string().uuid(),
  startsAt: isoDate,
  endsAt: isoDate,
  status: ShiftStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Shift = z.infer<typeof ShiftSchema>

export const CreateShiftSchema = ShiftSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ShiftStatus.default('planned')
})
export type CreateShift = z.infer<typeof CreateShiftSchema>

export const UpdateShiftSchema = CreateShiftSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateShift = z.infer<typeof UpdateShiftSchema>

export const ShiftQuerySchema = z.object({
  status: ShiftStatus.optional(),
  employeeId: z.string().uuid().optional(),
  warehouseId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ShiftQuery = z.infer<typeof ShiftQuerySchema>

export const shiftTransitions: Record<ShiftStatus, readonly ShiftStatus[]> = {
  'planned': ['worked', 'missed'],
  'worked': ['missed'],
  'missed': [],
}
