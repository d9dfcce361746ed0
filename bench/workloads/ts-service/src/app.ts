// The Express app: security headers, CORS, compression, logging, auth, then every resource module.
import compression from 'compression'
import cookieParser from 'cookie-parser'
import cors from 'cors'
import createDebug from 'debug'
import express, { type Express } from 'express'
import rateLimit from 'express-rate-limit'
import helmet from 'helmet'
import morgan from 'morgan'
import type { Pool } from 'pg'
import { pinoHttp } from 'pino-http'
import { memoryCache, sharedInvalidation } from './cache'
import type { Config } from './config'
import { exists } from './db'
import { EventBus } from './lib/events'
import type { ModuleDeps } from './lib/module'
import { webhookPublisher } from './lib/webhooks'
import { logger } from './logger'
import { registry } from './metrics'
import { authenticate } from './middleware/auth'
import { errorHandler } from './middleware/errors'
import { requestId } from './middleware/request-id'
import { timing } from './middleware/timing'
import { modules } from './modules'

const debug = createDebug('orders-api:app')

export function createApp(config: Config, pool: Pool): { app: Express; bus: EventBus } {
  const app = express()
  const bus = new EventBus()
  app.disable('x-powered-by')
  app.use(helmet())
  app.use(cors({ origin: config.corsOrigins, credentials: true }))
  app.use(compression())
  app.use(requestId)
  app.use(pinoHttp({ logger }))
  if (process.env.NODE_ENV === 'development') app.use(morgan('dev'))
  app.use(express.json({ limit: '1mb' }))
  app.use(cookieParser())
  app.use(rateLimit({ windowMs: 60_000, limit: config.RATE_LIMIT_PER_MINUTE, standardHeaders: 'draft-7', legacyHeaders: false }))
  app.use(timing)

  app.get('/healthz', (_req, res) => void res.json({ ok: true }))
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics())
  })

  const deps: ModuleDeps = {
    pool,
    bus,
    webhooks: webhookPublisher(() => []),
    cache: <T extends object>(name: string) => {
      const local = memoryCache<T>(config.cacheTtlMs)
      return config.REDIS_URL ? sharedInvalidation(config.REDIS_URL, name, local) : local
    },
    exists: (table, id) => exists(pool, table, id)
  }
  app.use(authenticate(config.JWT_SECRET))
  for (const module of modules) {
    debug('mounting %s at %s', module.name, module.path)
    app.use(module.path, module.create(deps))
  }
  app.use(errorHandler)
  return { app, bus }
}
