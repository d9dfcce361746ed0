// What can happen to a return-request: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ReturnRequestRepository } from './repository'
import { returnRequestTransitions, type CreateReturnRequest, type ReturnRequest, type ReturnRequestQuery, type ReturnRequestStatus, type UpdateReturnRequest } from './schema'
import { returnRequestEvents } from './events'

export interface ReturnRequestLookups {
  orderExists(id: string): Promise<boolean>
}

export class ReturnRequestService {
  constructor(
    private readonly repo: ReturnRequestRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<ReturnRequest>,
    private readonly lookups: ReturnRequestLookups
  ) {}

  list(query: ReturnRequestQuery): Promise<ReturnRequest[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<ReturnRequest> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('return-request', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateReturnRequest): Promise<ReturnRequest> {
    if (!(await this.lookups.orderExists(input.orderId))) throw unprocessable('orderId', 'no such order')
    const at = toIsoDate(now())
    const returnRequest: ReturnRequest = {
    ...input,
    reason: sanitiseText(input.reason),
    receivedAt: toIsoDate(input.receivedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(returnRequest)
    this.bus.emit(returnRequestEvents.created, returnRequest)
    return returnRequest
  }

  async update(id: string, patch: UpdateReturnRequest): Promise<ReturnRequest> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('return-request', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(returnRequestEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(returnRequestEvents.removed, current)
  }

  private checkTransition(from: ReturnRequestStatus, to: ReturnRequestStatus): void {
    if (!returnRequestTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
