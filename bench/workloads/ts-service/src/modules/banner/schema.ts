// The banner resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const BannerStatus = z.enum(['draft', 'live'])
export type BannerStatus = z.infer<typeof BannerStatus>

export const BannerSchema = z.object({
  id: z.string().uuid(),
  title: z.string().min(1).max(200),
  image: z.string().url(),
  link: z.string().url(),
  position: z.number().int(),
  status: BannerStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Banner = z.infer<typeof BannerSchema>

export const CreateBannerSchema = BannerSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: BannerStatus.default('draft')
})
export type CreateBanner = z.infer<typeof CreateBannerSchema>

export const UpdateBannerSchema = CreateBannerSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateBanner = z.infer<typeof UpdateBannerSchema>

export const BannerQuerySchema = z.object({
  status: BannerStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type BannerQuery = z.infer<typeof BannerQuerySchema>

export const bannerTransitions: Record<BannerStatus, readonly BannerStatus[]> = {
  'draft': ['live'],
  'live': [],
}
