// Examples of valid and invalid gift-card bodies, checked by `npm run check:schemas`.
import { CreateGiftCardSchema } from './schema'

export const validGiftCard = CreateGiftCardSchema.parse({
  code: 'code-sample',
  balance: { amountMinor: 1250, currency: 'EUR' },
  expiresAt: '2024-01-02T03:04:05.000Z',
})

export const invalidGiftCard = CreateGiftCardSchema.safeParse({}).success === false
