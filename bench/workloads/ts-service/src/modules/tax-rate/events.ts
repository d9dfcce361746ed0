// The events a tax-rate emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { TaxRate } from './schema'

export const taxRateEvents = {
  created: 'tax-rate.created' as EventName<TaxRate>,
  updated: 'tax-rate.updated' as EventName<TaxRate>,
  removed: 'tax-rate.removed' as EventName<TaxRate>
} as const

export function taxRatePayload(event: string, taxRate: TaxRate): Record<string, unknown> {
  return { type: event, id: taxRate.id, version: taxRate.version, status: taxRate.status, at: taxRate.updatedAt }
}
