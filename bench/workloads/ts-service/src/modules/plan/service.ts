// What can happen to a plan: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { roundMoney, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { PlanRepository } from './repository'
import { planTransitions, type CreatePlan, type Plan, type PlanQuery, type PlanStatus, type UpdatePlan } from './schema'
import { planEvents } from './events'

export class PlanService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Plan>,
  ) {}

  list(query: PlanQuery): Promise<Plan[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Plan> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('plan', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreatePlan): Promise<Plan> {
    const at = toIsoDate(now())
    const plan: Plan = {
    ...input,
    code: input.code.trim(),
    title: input.title.trim(),
    price: roundMoney(input.price),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(plan)
    this.bus.emit(planEvents.created, plan)
    return plan
  }

  async update(id: string, patch: UpdatePlan): Promise<Plan> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('plan', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(planEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(planEvents.removed, current)
  }

  private checkTransition(from: PlanStatus, to: PlanStatus): void {
    if (!planTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
