// The webhook resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const WebhookStatus = z.enum(['enabled', 'disabled', 'failing'])
export type WebhookStatus = z.infer<typeof WebhookStatus>

export const WebhookSchema = z.object({
  id: z.string().uuid(),
  url: z.string().url(),
  secret: z.string().min(1).max(200),
  events: z.array(z.string().min(1).max(64)).max(50),
  status: WebhookStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Webhook = z.infer<typeof WebhookSchema>

export const CreateWebhookSchema = WebhookSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: WebhookStatus.default('enabled')
})
export type CreateWebhook = z.infer<typeof CreateWebhookSchema>

export const UpdateWebhookSchema = CreateWebhookSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateWebhook = z.infer<typeof UpdateWebhookSchema>

export const WebhookQuerySchema = z.object({
  status: WebhookStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type WebhookQuery = z.infer<typeof WebhookQuerySchema>

export const webhookTransitions: Record<WebhookStatus, readonly WebhookStatus[]> = {
  'enabled': ['disabled', 'failing'],
  'disabled': ['failing'],
  'failing': [],
}
