// Examples of valid and invalid credit-note bodies, checked by `npm run check:schemas`.
import { CreateCreditNoteSchema } from './schema'

export const validCreditNote = CreateCreditNoteSchema.parse({
  invoiceId: '00000000-0000-4000-8000-000000000001',
  amount: { amountMinor: 1250, currency: 'EUR' },
  reason: 'lorem ipsum',
})

export const invalidCreditNote = CreateCreditNoteSchema.safeParse({}).success === false
