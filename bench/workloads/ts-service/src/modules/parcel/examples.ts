// Examples of valid and invalid parcel bodies, checked by `npm run check:schemas`.
import { CreateParcelSchema } from './schema'

export const validParcel = CreateParcelSchema.parse({
  shipmentId: '00000000-0000-4000-8000-000000000001',
  weightGrams: 3,
  label: 'https://example.com/a',
})

export const invalidParcel = CreateParcelSchema.safeParse({}).success === false
