// Examples of valid and invalid product bodies, checked by `npm run check:schemas`.
import { CreateProductSchema } from './schema'

export const validProduct = CreateProductSchema.parse({
  sku: 'sku-sample',
  title: 'title-sample',
  description: 'lorem ipsum',
  price: { amountMinor: 1250, currency: 'EUR' },
  weightGrams: 3,
  tags: ['a', 'b'],
})

export const invalidProduct = CreateProductSchema.safeParse({}).success === false
