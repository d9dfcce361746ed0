// The channel resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ChannelStatus = z.enum(['enabled', 'disabled'])
export type ChannelStatus = z.infer<typeof ChannelStatus>

export const ChannelSchema = z.object({
  id: z.string().uuid(),
  code: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  storeId: z.string().uuid(),
  status: ChannelStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Channel = z.infer<typeof ChannelSchema>

export const CreateChannelSchema = ChannelSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ChannelStatus.default('enabled')
})
export type CreateChannel = z.infer<typeof CreateChannelSchema>

export const UpdateChannelSchema = CreateChannelSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateChannel = z.infer<typeof UpdateChannelSchema>

export const ChannelQuerySchema = z.object({
  status: ChannelStatus.optional(),
  storeId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ChannelQuery = z.infer<typeof ChannelQuerySchema>

export const channelTransitions: Record<ChannelStatus, readonly ChannelStatus[]> = {
  'enabled': ['disabled'],
  'disabled': [],
}
