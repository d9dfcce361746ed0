// What can happen to a shift: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ShiftRepository } from './repository'
import { shiftTransitions, type CreateShift, type Shift, type ShiftQuery, type ShiftStatus, type UpdateShift } from './schema'
import { shiftEvents } from './events'

export interface ShiftLookups {
  employeeExists(id: string): Promise<boolean>
  warehouseExists(id: string): Promise<boolean>
}

export class ShiftService {
  constructor(
    private readonly repo: ShiftRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Shift>,
    private readonly lookups: ShiftLookups
  ) {}

  list(query: ShiftQuery): Promise<Shift[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Shift> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('shift', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateShift): Promise<Shift> {
    if (!(await this.lookups.employeeExists(input.employeeId))) throw unprocessable('employeeId', 'no such employee')
    if (!(await this.lookups.warehouseExists(input.warehouseId))) throw unprocessable('warehouseId', 'no such warehouse')
    const at = toIsoDate(now())
    const shift: Shift = {
    ...input,
    startsAt: toIsoDate(input.startsAt),
    endsAt: toIsoDate(input.endsAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(shift)
    this.bus.emit(shiftEvents.created, shift)
    return shift
  }

  async update(id: string, patch: UpdateShift): Promise<Shift> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('shift', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(shiftEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(shiftEvents.removed, current)
  }

  private checkTransition(from: ShiftStatus, to: ShiftStatus): void {
    if (!shiftTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
