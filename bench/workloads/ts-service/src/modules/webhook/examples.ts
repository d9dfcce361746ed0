// Examples of valid and invalid webhook bodies, checked by `npm run check:schemas`.
import { CreateWebhookSchema } from './schema'

export const validWebhook = CreateWebhookSchema.parse({
  url: 'https://example.com/a',
  secret: 'secret-sample',
  events: ['a', 'b'],
})

export const invalidWebhook = CreateWebhookSchema.safeParse({}).success === false
