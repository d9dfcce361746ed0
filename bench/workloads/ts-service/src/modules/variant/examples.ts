// Examples of valid and invalid variant bodies, checked by `npm run check:schemas`.
import { CreateVariantSchema } from './schema'

export const validVariant = CreateVariantSchema.parse({
  productId: '00000000-0000-4000-8000-000000000001',
  sku: 'sku-sample',
  size: 'size-sample',
  colour: 'colour-sample',
  price: { amountMinor: 1250, currency: 'EUR' },
})

export const invalidVariant = CreateVariantSchema.safeParse({}).success === false
