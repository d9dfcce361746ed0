// The review resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ReviewStatus = z.enum(['pending', 'published', 'rejected'])
export type ReviewStatus = z.infer<typeof ReviewStatus>

export const ReviewSchema = z.object({
  id: z.string().uuid(),
  productId: z.string().uuid(),
  customerId: z.string().uuid(),
  rating: z.number().int(),
  body: z.string().max(20000),
  status: ReviewStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Review = z.infer<typeof ReviewSchema>

export const CreateReviewSchema = ReviewSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ReviewStatus.default('pending')
})
export type CreateReview = z.infer<typeof CreateReviewSchema>

export const UpdateReviewSchema = CreateReviewSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateReview = z.infer<typeof UpdateReviewSchema>

export const ReviewQuerySchema = z.object({
  status: ReviewStatus.optional(),
  productId: z.string().uuid().optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>

export const reviewTransitions: Record<ReviewStatus, readonly ReviewStatus[]> = {
  'pending': ['published', 'rejected'],
  'published': ['rejected'],
  'rejected': [],
}
