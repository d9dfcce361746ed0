// The api-key resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ApiKeyStatus = z.enum(['active', 'revoked'])
export type ApiKeyStatus = z.infer<typeof ApiKeyStatus>

export const ApiKeySchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  prefix: z.string().min(1).max(200),
  lastUsedAt: isoDate,
  scopes: z.array(z.string().min(1).max(64)).max(50),
  status: ApiKeyStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type ApiKey = z.infer<typeof ApiKeySchema>

export const CreateApiKeySchema = ApiKeySchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ApiKeyStatus.default('active')
})
export type CreateApiKey = z.infer<typeof CreateApiKeySchema>

export const UpdateApiKeySchema = CreateApiKeySchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateApiKey = z.infer<typeof UpdateApiKeySchema>

export const ApiKeyQuerySchema = z.object({
  status: ApiKeyStatus.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ApiKeyQuery = z.infer<typeof ApiKeyQuerySchema>

export const apiKeyTransitions: Record<ApiKeyStatus, readonly ApiKeyStatus[]> = {
  'active': ['revoked'],
  'revoked': [],
}
