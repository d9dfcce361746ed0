// What can happen to a data-export: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { DataExportRepository } from './repository'
import { dataExportTransitions, type CreateDataExport, type DataExport, type DataExportQuery, type DataExportStatus, type UpdateDataExport } from './schema'
import { dataExportEvents } from './events'

export interface DataExportLookups {
  reportExists(id: string): Promise<boolean>
}

export class DataExportService {
  constructor(
    private readonly repo: DataExportRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<DataExport>,
    private readonly lookups: DataExportLookups
  ) {}

  list(query: DataExportQuery): Promise<DataExport[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<DataExport> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('data-export', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateDataExport): Promise<DataExport> {
    if (!(await this.lookups.reportExists(input.reportId))) throw unprocessable('reportId', 'no such report')
    const at = toIsoDate(now())
    const dataExport: DataExport = {
    ...input,
    format: input.format.trim(),
    finishedAt: toIsoDate(input.finishedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(dataExport)
    this.bus.emit(dataExportEvents.created, dataExport)
    return dataExport
  }

  async update(id: string, patch: UpdateDataExport): Promise<DataExport> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('data-export', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(dataExportEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(dataExportEvents.removed, current)
  }

  private checkTransition(from: DataExportStatus, to: DataExportStatus): void {
    if (!dataExportTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
