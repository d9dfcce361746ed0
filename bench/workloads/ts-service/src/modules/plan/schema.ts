// The plan resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const PlanStatus = z.enum(['offered', 'retired'])
export type PlanStatus = z.infer<typeof PlanStatus>

export const PlanSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  price: money,
  intervalDays: z.number().int(),
  status: PlanStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Plan = z.infer<typeof PlanSchema>

export const CreatePlanSchema = PlanSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PlanStatus.default('offered')
})
export type CreatePlan = z.infer<typeof CreatePlanSchema>

export const UpdatePlanSchema = CreatePlanSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePlan = z.infer<typeof UpdatePlanSchema>

export const PlanQuerySchema = z.object({
  status: PlanStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PlanQuery = z.infer<typeof PlanQuerySchema>

export const planTransitions: Record<PlanStatus, readonly PlanStatus[]> = {
  'offered': ['retired'],
  'retired': [],
}
