// The subscription resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const SubscriptionStatus = z.enum(['trial', 'active', 'paused', 'cancelled'])
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>

export const SubscriptionSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  plan: z.string().min(1).max(200),
  price: money,
  renewsAt: isoDate,
  status: SubscriptionStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Subscription = z.infer<typeof SubscriptionSchema>

export const CreateSubscriptionSchema = SubscriptionSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: SubscriptionStatus.default('trial')
})
export type CreateSubscription = z.infer<typeof CreateSubscriptionSchema>

export const UpdateSubscriptionSchema = CreateSubscriptionSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateSubscription = z.infer<typeof UpdateSubscriptionSchema>

export const SubscriptionQuerySchema = z.object({
  status: SubscriptionStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type SubscriptionQuery = z.infer<typeof SubscriptionQuerySchema>

export const subscriptionTransitions: Record<SubscriptionStatus, readonly SubscriptionStatus[]> = {
  'trial': ['active', 'paused', 'cancelled'],
  'active': ['paused', 'cancelled'],
  'paused': ['cancelled'],
  'cancelled': [],
}
