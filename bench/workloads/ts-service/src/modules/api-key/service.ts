// What can happen to a api-key: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { toIsoDate, uniqueTags } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { ApiKeyRepository } from './repository'
import { apiKeyTransitions, type CreateApiKey, type ApiKey, type ApiKeyQuery, type ApiKeyStatus, type UpdateApiKey } from './schema'
import { apiKeyEvents } from './events'

export class ApiKeyService {
  constructor(
    private readonly repo: ApiKeyRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<ApiKey>,
  ) {}

  list(query: ApiKeyQuery): Promise<ApiKey[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<ApiKey> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('api-key', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateApiKey): Promise<ApiKey> {
    const at = toIsoDate(now())
    const apiKey: ApiKey = {
    ...input,
    name: input.name.trim(),
    prefix: input.prefix.trim(),
    lastUsedAt: toIsoDate(input.lastUsedAt),
    scopes: uniqueTags(input.scopes),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(apiKey)
    this.bus.emit(apiKeyEvents.created, apiKey)
    return apiKey
  }

  async update(id: string, patch: UpdateApiKey): Promise<ApiKey> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('api-key', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(apiKeyEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(apiKeyEvents.removed, current)
  }

  private checkTransition(from: ApiKeyStatus, to: ApiKeyStatus): void {
    if (!apiKeyTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
