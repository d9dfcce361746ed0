// The notification resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const NotificationStatus = z.enum(['queued', 'sent', 'failed'])
export type NotificationStatus = z.infer<typeof NotificationStatus>

export const NotificationSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  channel: z.string().min(1).max(200),
  template: z.string().min(1).max(200),
  sentAt: isoDate,
  status: NotificationStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Notification = z.infer<typeof NotificationSchema>

export const CreateNotificationSchema = NotificationSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: NotificationStatus.default('queued')
})
export type CreateNotification = z.infer<typeof CreateNotificationSchema>

export const UpdateNotificationSchema = CreateNotificationSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateNotification = z.infer<typeof UpdateNotificationSchema>

export const NotificationQuerySchema = z.object({
  status: NotificationStatus.optional(),
  customerId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>

export const notificationTransitions: Record<NotificationStatus, readonly NotificationStatus[]> = {
  'queued': ['sent', 'failed'],
  'sent': ['failed'],
  'failed': [],
}
