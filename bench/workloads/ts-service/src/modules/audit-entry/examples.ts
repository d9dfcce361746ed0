// Examples of valid and invalid audit-entry bodies, checked by `npm run check:schemas`.
import { CreateAuditEntrySchema } from './schema'

export const validAuditEntry = CreateAuditEntrySchema.parse({
  actor: 'actor-sample',
  action: 'action-sample',
  target: 'target-sample',
  at: '2024-01-02T03:04:05.000Z',
  details: { source: 'test' },
})

export const invalidAuditEntry = CreateAuditEntrySchema.safeParse({}).success === false
