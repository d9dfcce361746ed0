// Examples of valid and invalid channel bodies, checked by `npm run check:schemas`.
import { CreateChannelSchema } from './schema'

export const validChannel = CreateChannelSchema.parse({
  code: 'code-sample',
  name: 'name-sample',
  storeId: '00000000-0000-4000-8000-000000000001',
})

export const invalidChannel = CreateChannelSchema.safeParse({}).success === false
