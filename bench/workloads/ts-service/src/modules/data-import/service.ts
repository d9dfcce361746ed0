// What can happen to a data-import: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { DataImportRepository } from './repository'
import { dataImportTransitions, type CreateDataImport, type DataImport, type DataImportQuery, type DataImportStatus, type UpdateDataImport } from './schema'
import { dataImportEvents } from './events'

export class DataImportService {
  constructor(
    private readonly repo: DataImportRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<DataImport>,
  ) {}

  list(query: DataImportQuery): Promise<DataImport[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<DataImport> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('data-import', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateDataImport): Promise<DataImport> {
    const at = toIsoDate(now())
    const dataImport: DataImport = {
    ...input,
    source: input.source.trim(),
    format: input.format.trim(),
    finishedAt: toIsoDate(input.finishedAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(dataImport)
    this.bus.emit(dataImportEvents.created, dataImport)
    return dataImport
  }

  async update(id: string, patch: UpdateDataImport): Promise<DataImport> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('data-import', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(dataImportEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(dataImportEvents.removed, current)
  }

  private checkTransition(from: DataImportStatus, to: DataImportStatus): void {
    if (!dataImportTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
