// Examples of valid and invalid notification bodies, checked by `npm run check:schemas`.
import { CreateNotificationSchema } from './schema'

export const validNotification = CreateNotificationSchema.parse({
  customerId: '00000000-0000-4000-8000-000000000001',
  channel: 'channel-sample',
  template: 'template-sample',
  sentAt: '2024-01-02T03:04:05.000Z',
})

export const invalidNotification = CreateNotificationSchema.safeParse({}).success === false
