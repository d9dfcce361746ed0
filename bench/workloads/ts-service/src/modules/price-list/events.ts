// The events a price-list emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { PriceList } from './schema'

export const priceListEvents = {
  created: 'price-list.created' as EventName<PriceList>,
  updated: 'price-list.updated' as EventName<PriceList>,
  removed: 'price-list.removed' as EventName<PriceList>
} as const

export function priceListPayload(event: string, priceList: PriceList): Record<string, unknown> {
  return { type: event, id: priceList.id, version: priceList.version, status: priceList.status, at: priceList.updatedAt }
}
