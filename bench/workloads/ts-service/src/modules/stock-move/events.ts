// The events a stock-move emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { StockMove } from './schema'

export const stockMoveEvents = {
  created: 'stock-move.created' as EventName<StockMove>,
  updated: 'stock-move.updated' as EventName<StockMove>,
  removed: 'stock-move.removed' as EventName<StockMove>
} as const

export function stockMovePayload(event: string, stockMove: StockMove): Record<string, unknown> {
  return { type: event, id: stockMove.id, version: stockMove.version, status: stockMove.status, at: stockMove.updatedAt }
}
