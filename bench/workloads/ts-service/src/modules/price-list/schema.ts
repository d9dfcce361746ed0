// The price-list resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const PriceListStatus = z.enum(['draft', 'published'])
export type PriceListStatus = z.infer<typeof PriceListStatus>

export const PriceListSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  currency: z.string().min(1).max(200),
  validFrom: isoDate,
  status: PriceListStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type PriceList = z.infer<typeof PriceListSchema>

export const CreatePriceListSchema = PriceListSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PriceListStatus.default('draft')
})
export type CreatePriceList = z.infer<typeof CreatePriceListSchema>

export const UpdatePriceListSchema = CreatePriceListSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePriceList = z.infer<typeof UpdatePriceListSchema>

export const PriceListQuerySchema = z.object({
  status: PriceListStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PriceListQuery = z.infer<typeof PriceListQuerySchema>

export const priceListTransitions: Record<PriceListStatus, readonly PriceListStatus[]> = {
  'draft': ['published'],
  'published': [],
}
