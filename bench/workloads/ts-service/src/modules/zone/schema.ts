// The zone resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ZoneStatus = z.enum(['active', 'inactive'])
export type ZoneStatus = z.infer<typeof ZoneStatus>

export const ZoneSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  countries: z.array(z.string().min(1).max(64)).max(50),
  status: ZoneStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Zone = z.infer<typeof ZoneSchema>

export const CreateZoneSchema = ZoneSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ZoneStatus.default('active')
})
export type CreateZone = z.infer<typeof CreateZoneSchema>

export const UpdateZoneSchema = CreateZoneSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateZone = z.infer<typeof UpdateZoneSchema>

export const ZoneQuerySchema = z.object({
  status: ZoneStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ZoneQuery = z.infer<typeof ZoneQuerySchema>

export const zoneTransitions: Record<ZoneStatus, readonly ZoneStatus[]> = {
  'active': ['inactive'],
  'inactive': [],
}
