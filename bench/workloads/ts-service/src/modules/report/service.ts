// What can happen to a report: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { sanitiseText, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ReportRepository } from './repository'
import { reportTransitions, type CreateReport, type Report, type ReportQuery, type ReportStatus, type UpdateReport } from './schema'
import { reportEvents } from './events'

export class ReportService {
  constructor(
    private readonly repo: ReportRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Report>,
  ) {}

  list(query: ReportQuery): Promise<Report[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Report> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('report', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateReport): Promise<Report> {
    const at = toIsoDate(now())
    const report: Report = {
    ...input,
    title: input.title.trim(),
    query: sanitiseText(input.query),
    schedule: input.schedule.trim(),
    lastRunAt: toIsoDate(input.lastRunAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(report)
    this.bus.emit(reportEvents.created, report)
    return report
  }

  async update(id: string, patch: UpdateReport): Promise<Report> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('report', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(reportEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(reportEvents.removed, current)
  }

  private checkTransition(from: ReportStatus, to: ReportStatus): void {
    if (!reportTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
