// What can happen to a stock-move: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { StockMoveRepository } from './repository'
import { stockMoveTransitions, type CreateStockMove, type StockMove, type StockMoveQuery, type StockMoveStatus, type UpdateStockMove } from './schema'
import { stockMoveEvents } from './events'

export interface StockMoveLookups {
  inventoryExists(id: string): Promise<boolean>
}

export class StockMoveService {
  constructor(
    private readonly repo: StockMoveRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<StockMove>,
    private readonly lookups: StockMoveLookups
  ) {}

  list(query: StockMoveQuery): Promise<StockMove[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<StockMove> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('stock-move', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateStockMove): Promise<StockMove> {
    if (!(await this.lookups.inventoryExists(input.inventoryId))) throw unprocessable('inventoryId', 'no such inventory')
    const at = toIsoDate(now())
    const stockMove: StockMove = {
    ...input,
    reason: input.reason.trim(),
    movedAt: toIsoDate(input.movedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(stockMove)
    this.bus.emit(stockMoveEvents.created, stockMove)
    return stockMove
  }

  async update(id: string, patch: UpdateStockMove): Promise<StockMove> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('stock-move', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(stockMoveEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(stockMoveEvents.removed, current)
  }

  private checkTransition(from: StockMoveStatus, to: StockMoveStatus): void {
    if (!stockMoveTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
