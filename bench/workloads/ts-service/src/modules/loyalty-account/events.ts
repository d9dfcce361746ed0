// The events a loyalty-account emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { LoyaltyAccount } from './schema'

export const loyaltyAccountEvents = {
  created: 'loyalty-account.created' as EventName<LoyaltyAccount>,
  updated: 'loyalty-account.updated' as EventName<LoyaltyAccount>,
  removed: 'loyalty-account.removed' as EventName<LoyaltyAccount>
} as const

export function loyaltyAccountPayload(event: string, loyaltyAccount: LoyaltyAccount): Record<string, unknown> {
  return { type: event, id: loyaltyAccount.id, version: loyaltyAccount.version, status: loyaltyAccount.status, at: loyaltyAccount.updatedAt }
}
