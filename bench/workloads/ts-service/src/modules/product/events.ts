// The events a product emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Product } from './schema'

export const productEvents = {
  created: 'product.created' as EventName<Product>,
  updated: 'product.updated' as EventName<Product>,
  removed: 'product.removed' as EventName<Product>
} as const

export function productPayload(event: string, product: Product): Record<string, unknown> {
  return { type: event, id: product.id, version: product.version, status: product.status, at: product.updatedAt }
}
