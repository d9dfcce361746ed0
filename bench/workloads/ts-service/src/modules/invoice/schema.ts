// The invoice resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const InvoiceStatus = z.enum(['draft', 'open', 'paid', 'void'])
export type InvoiceStatus = z.infer<typeof InvoiceStatus>

export const InvoiceSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  number: z.string().min(1).max(200),
  total: money,
  dueAt: isoDate,
  status: InvoiceStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Invoice = z.infer<typeof InvoiceSchema>

export const CreateInvoiceSchema = InvoiceSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: InvoiceStatus.default('draft')
})
export type CreateInvoice = z.infer<typeof CreateInvoiceSchema>

export const UpdateInvoiceSchema = CreateInvoiceSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateInvoice = z.infer<typeof UpdateInvoiceSchema>

export const InvoiceQuerySchema = z.object({
  status: InvoiceStatus.optional(),
  orderId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type InvoiceQuery = z.infer<typeof InvoiceQuerySchema>

export const invoiceTransitions: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  'draft': ['open', 'paid', 'void'],
  'open': ['paid', 'void'],
  'paid': ['void'],
  'void': [],
}
