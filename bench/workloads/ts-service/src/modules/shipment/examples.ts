// Examples of valid and invalid shipment bodies, checked by `npm run check:schemas`.
import { CreateShipmentSchema } from './schema'

export const validShipment = CreateShipmentSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  carrier: 'carrier-sample',
  trackingCode: 'trackingCode-sample',
  shippedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidShipment = CreateShipmentSchema.safeParse({}).success === false
