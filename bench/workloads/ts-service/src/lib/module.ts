// What a resource module gives the app, and what the app gives it.
import type { Router } from 'express'
import type { Pool } from 'pg'
import type { Cache } from '../cache'
import type { EventBus } from './events'
import type { WebhookPublisher } from './webhooks'

export interface ModuleDeps {
  pool: Pool
  bus: EventBus
  webhooks: WebhookPublisher
  cache<T extends object>(name: string): Cache<T>
  exists(table: string, id: string): Promise<boolean>
}

export interface ApiModule {
  name: string
  path: string
  scopes: readonly string[]
  create(deps: ModuleDeps): Router
}
