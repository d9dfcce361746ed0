// Examples of valid and invalid order-line bodies, checked by `npm run check:schemas`.
import { CreateOrderLineSchema } from './schema'

export const validOrderLine = CreateOrderLineSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  variantId: '00000000-0000-4000-8000-000000000001',
  quantity: 3,
  unitPrice: { amountMinor: 1250, currency: 'EUR' },
})

export const invalidOrderLine = CreateOrderLineSchema.safeParse({}).success === false
