// Examples of valid and invalid purchase-order bodies, checked by `npm run check:schemas`.
import { CreatePurchaseOrderSchema } from './schema'

export const validPurchaseOrder = CreatePurchaseOrderSchema.parse({
  supplierId: '00000000-0000-4000-8000-000000000001',
  number: 'number-sample',
  total: { amountMinor: 1250, currency: 'EUR' },
  expectedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidPurchaseOrder = CreatePurchaseOrderSchema.safeParse({}).success === false
