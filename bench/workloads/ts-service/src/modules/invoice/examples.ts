// Examples of valid and invalid invoice bodies, checked by `npm run check:schemas`.
import { CreateInvoiceSchema } from './schema'

export const validInvoice = CreateInvoiceSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  number: 'number-sample',
  total: { amountMinor: 1250, currency: 'EUR' },
  dueAt: '2024-01-02T03:04:05.000Z',
})

export const invalidInvoice = CreateInvoiceSchema.safeParse({}).success === false
