// Examples of valid and invalid api-key bodies, checked by `npm run check:schemas`.
import { CreateApiKeySchema } from './schema'

export const validApiKey = CreateApiKeySchema.parse({
  name: 'name-sample',
  prefix: 'prefix-sample',
  lastUsedAt: '2024-01-02T03:04:05.000Z',
  scopes: ['a', 'b'],
})

export const invalidApiKey = CreateApiKeySchema.safeParse({}).success === false
