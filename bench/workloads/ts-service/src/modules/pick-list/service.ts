// What can happen to a pick-list: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PickListRepository } from './repository'
import { pickListTransitions, type CreatePickList, type PickList, type PickListQuery, type PickListStatus, type UpdatePickList } from './schema'
import { pickListEvents } from './events'

export interface PickListLookups {
  orderExists(id: string): Promise<boolean>
  warehouseExists(id: string): Promise<boolean>
  employeeExists(id: string): Promise<boolean>
}

export class PickListService {
  constructor(
    private readonly repo: PickListRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<PickList>,
    private readonly lookups: PickListLookups
  ) {}

  list(query: PickListQuery): Promise<PickList[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<PickList> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('pick-list', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePickList): Promise<PickList> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    if (!(await this.lookups.warehouseExists(input.warehouseId))) throw unprocessable('warehouseId', 'no such warehouse')
    if (!(await this.lookups.employeeExists(input.assignedTo))) throw unprocessable('assignedTo', 'no such employee')
    const at = toIsoDate(now())
    const pickList: PickList = {
    ...input,
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(pickList)
    this.bus.emit(pickListEvents.created, pickList)
    return pickList
  }

  async update(id: string, patch: UpdatePickList): Promise<PickList> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('pick-list', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(pickListEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(pickListEvents.removed, current)
  }

  private checkTransition(from: PickListStatus, to: PickListStatus): void {
    if (!pickListTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
