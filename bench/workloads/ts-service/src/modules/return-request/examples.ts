// Examples of valid and invalid return-request bodies, checked by `npm run check:schemas`.
import { CreateReturnRequestSchema } from './schema'

export const validReturnRequest = CreateReturnRequestSchema.parse({
  orderId: '00000000-0000-4000-8000-000000000001',
  reason: 'lorem ipsum',
  receivedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidReturnRequest = CreateReturnRequestSchema.safeParse({}).success === false
