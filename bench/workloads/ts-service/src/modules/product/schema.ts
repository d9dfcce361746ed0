// The product resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const ProductStatus = z.enum(['draft', 'live', 'retired'])
export type ProductStatus = z.infer<typeof ProductStatus>

export const ProductSchema = z.object({
  id: z.string().uuid(),
  sku: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  description: z.string().max(20000),
  price: money,
  weightGrams: z.number().int(),
  tags: z.array(z.string().min(1).max(64)).max(50),
  status: ProductStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Product = z.infer<typeof ProductSchema>

export const CreateProductSchema = ProductSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ProductStatus.default('draft')
})
export type CreateProduct = z.infer<typeof CreateProductSchema>

export const UpdateProductSchema = CreateProductSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateProduct = z.infer<typeof UpdateProductSchema>

export const ProductQuerySchema = z.object({
  status: ProductStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ProductQuery = z.infer<typeof ProductQuerySchema>

export const productTransitions: Record<ProductStatus, readonly ProductStatus[]> = {
  'draft': ['live', 'retired'],
  'live': ['retired'],
  'retired': [],
}
