// The store resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const StoreStatus = z.enum(['open', 'closed'])
export type StoreStatus = z.infer<typeof StoreStatus>

export const StoreSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  timezone: z.string().min(1).max(200),
  currency: z.string().min(1).max(200),
  status: StoreStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Store = z.infer<typeof StoreSchema>

export const CreateStoreSchema = StoreSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: StoreStatus.default('open')
})
export type CreateStore = z.infer<typeof CreateStoreSchema>

export const UpdateStoreSchema = CreateStoreSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateStore = z.infer<typeof UpdateStoreSchema>

export const StoreQuerySchema = z.object({
  status: StoreStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type StoreQuery = z.infer<typeof StoreQuerySchema>

export const storeTransitions: Record<StoreStatus, readonly StoreStatus[]> = {
  'open': ['closed'],
  'closed': [],
}
