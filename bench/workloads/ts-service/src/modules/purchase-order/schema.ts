// The purchase-order resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const PurchaseOrderStatus = z.enum(['draft', 'sent', 'received', 'cancelled'])
export type PurchaseOrderStatus = z.infer<typeof PurchaseOrderStatus>

export const PurchaseOrderSchema = z.object({
  id: z.string().uuid(),
  supplierId: z.string().uuid(),
  number: z.string().min(1).max(200),
  total: money,
  expectedAt: isoDate,
  status: PurchaseOrderStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type PurchaseOrder = z.infer<typeof PurchaseOrderSchema>

export const CreatePurchaseOrderSchema = PurchaseOrderSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: PurchaseOrderStatus.default('draft')
})
export type CreatePurchaseOrder = z.infer<typeof CreatePurchaseOrderSchema>

export const UpdatePurchaseOrderSchema = CreatePurchaseOrderSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdatePurchaseOrder = z.infer<typeof UpdatePurchaseOrderSchema>

export const PurchaseOrderQuerySchema = z.object({
  status: PurchaseOrderStatus.optional(),
  supplierId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type PurchaseOrderQuery = z.infer<typeof PurchaseOrderQuerySchema>

export const purchaseOrderTransitions: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  'draft': ['sent', 'received', 'cancelled'],
  'sent': ['received', 'cancelled'],
  'received': ['cancelled'],
  'cancelled': [],
}
