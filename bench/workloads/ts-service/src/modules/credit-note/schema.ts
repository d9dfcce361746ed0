// The credit-note resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate, money } from '../../lib/validation'

export const CreditNoteStatus = z.enum(['issued', 'applied'])
export type CreditNoteStatus = z.infer<typeof CreditNoteStatus>

export const CreditNoteSchema = z.object({
  id: z.string().uuid(),
  invoiceId: z.string().uuid(),
  amount: money,
  reason: z.string().max(20000),
  status: CreditNoteStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type CreditNote = z.infer<typeof CreditNoteSchema>

export const CreateCreditNoteSchema = CreditNoteSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: CreditNoteStatus.default('issued')
})
export type CreateCreditNote = z.infer<typeof CreateCreditNoteSchema>

export const UpdateCreditNoteSchema = CreateCreditNoteSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateCreditNote = z.infer<typeof UpdateCreditNoteSchema>

export const CreditNoteQuerySchema = z.object({
  status: CreditNoteStatus.optional(),
  invoiceId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type CreditNoteQuery = z.infer<typeof CreditNoteQuerySchema>

export const creditNoteTransitions: Record<CreditNoteStatus, readonly CreditNoteStatus[]> = {
  'issued': ['applied'],
  'applied': [],
}
