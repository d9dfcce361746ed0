// Writes the source of bench/workloads/ts-service: an HTTP API of a shop's back office, one module folder
// per resource (schema, repository, service, routes, events, index) over a shared core, about 330 files.
// Deterministic: the same script writes the same bytes, and a unit test keeps the committed tree equal to it.
// Usage: node scripts/gen-ts-service.mjs [<dir>]   (default bench/workloads/ts-service)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

// Each resource: its name, its fields (name:kind), and the states it moves through.
// kinds: str, text, email, url, int, money, date, bool, ref:<resource>, tags, json
const RESOURCES = [
  ['customer', 'name:str email:email phone:str company:str notes:text vip:bool', 'lead active churned'],
  [
    'address',
    'customerId:ref:customer line1:str line2:str city:str postcode:str country:str',
    'valid unverified'
  ],
  [
    'product',
    'sku:str title:str description:text price:money weightGrams:int tags:tags',
    'draft live retired'
  ],
  ['category', 'slug:str title:str parentId:ref:category position:int', 'visible hidden'],
  ['variant', 'productId:ref:product sku:str size:str colour:str price:money', 'available discontinued'],
  ['inventory', 'variantId:ref:variant warehouseId:ref:warehouse onHand:int reserved:int', 'ok low out'],
  ['warehouse', 'code:str name:str city:str capacity:int', 'open closed'],
  ['supplier', 'name:str email:email website:url leadTimeDays:int', 'active paused'],
  [
    'purchase-order',
    'supplierId:ref:supplier number:str total:money expectedAt:date',
    'draft sent received cancelled'
  ],
  [
    'order',
    'customerId:ref:customer number:str total:money placedAt:date notes:text',
    'pending paid shipped delivered cancelled'
  ],
  ['order-line', 'orderId:ref:order variantId:ref:variant quantity:int unitPrice:money', 'open fulfilled'],
  ['cart', 'customerId:ref:customer total:money expiresAt:date', 'open converted abandoned'],
  ['cart-item', 'cartId:ref:cart variantId:ref:variant quantity:int', 'active removed'],
  [
    'payment',
    'orderId:ref:order amount:money provider:str reference:str capturedAt:date',
    'pending captured failed refunded'
  ],
  ['refund', 'paymentId:ref:payment amount:money reason:text', 'requested approved paid rejected'],
  ['invoice', 'orderId:ref:order number:str total:money dueAt:date', 'draft open paid void'],
  ['credit-note', 'invoiceId:ref:invoice amount:money reason:text', 'issued applied'],
  [
    'shipment',
    'orderId:ref:order carrier:str trackingCode:str shippedAt:date',
    'packing shipped delivered lost'
  ],
  ['parcel', 'shipmentId:ref:shipment weightGrams:int label:url', 'labelled in-transit delivered'],
  ['return-request', 'orderId:ref:order reason:text receivedAt:date', 'requested received refunded'],
  ['coupon', 'code:str percentOff:int validUntil:date maxUses:int', 'active expired'],
  ['promotion', 'title:str description:text startsAt:date endsAt:date', 'scheduled running ended'],
  ['price-list', 'name:str currency:str validFrom:date', 'draft published'],
  ['tax-rate', 'country:str region:str ratePermille:int', 'current superseded'],
  [
    'review',
    'productId:ref:product customerId:ref:customer rating:int body:text',
    'pending published rejected'
  ],
  ['wishlist', 'customerId:ref:customer title:str public:bool', 'active archived'],
  [
    'subscription',
    'customerId:ref:customer plan:str price:money renewsAt:date',
    'trial active paused cancelled'
  ],
  ['plan', 'code:str title:str price:money intervalDays:int', 'offered retired'],
  ['employee', 'name:str email:email role:str hiredAt:date', 'active on-leave left'],
  ['team', 'name:str leadId:ref:employee', 'active disbanded'],
  [
    'shift',
    'employeeId:ref:employee warehouseId:ref:warehouse startsAt:date endsAt:date',
    'planned worked missed'
  ],
  ['ticket', 'customerId:ref:customer subject:str body:text priority:int', 'open waiting solved closed'],
  ['ticket-comment', 'ticketId:ref:ticket authorId:ref:employee body:text internal:bool', 'visible deleted'],
  ['webhook', 'url:url secret:str events:tags', 'enabled disabled failing'],
  ['api-key', 'name:str prefix:str lastUsedAt:date scopes:tags', 'active revoked'],
  ['audit-entry', 'actor:str action:str target:str at:date details:json', 'recorded'],
  ['notification', 'customerId:ref:customer channel:str template:str sentAt:date', 'queued sent failed'],
  ['template', 'key:str subject:str body:text locale:str', 'draft active'],
  ['report', 'title:str query:text schedule:str lastRunAt:date', 'idle running failed'],
  ['data-export', 'reportId:ref:report format:str url:url finishedAt:date', 'queued running done failed'],
  ['data-import', 'source:str format:str rows:int finishedAt:date', 'queued running done failed'],
  ['store', 'code:str name:str timezone:str currency:str', 'open closed'],
  ['channel', 'code:str name:str storeId:ref:store', 'enabled disabled'],
  ['gift-card', 'code:str balance:money expiresAt:date', 'active spent expired'],
  ['loyalty-account', 'customerId:ref:customer points:int tier:str', 'active frozen'],
  ['banner', 'title:str image:url link:url position:int', 'draft live'],
  ['page', 'slug:str title:str body:text publishedAt:date', 'draft published archived'],
  ['faq', 'question:str answer:text position:int', 'visible hidden'],
  ['carrier', 'code:str name:str trackingUrl:url', 'active inactive'],
  ['zone', 'name:str countries:tags', 'active inactive'],
  ['rate-card', 'carrierId:ref:carrier zoneId:ref:zone price:money maxWeightGrams:int', 'current superseded'],
  ['batch', 'warehouseId:ref:warehouse code:str expiresAt:date quantity:int', 'open closed expired'],
  ['stock-move', 'inventoryId:ref:inventory quantity:int reason:str movedAt:date', 'planned done'],
  ['pick-list', 'orderId:ref:order warehouseId:ref:warehouse assignedTo:ref:employee', 'open picking done']
]

const pascal = s => s.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())
const camel = s => pascal(s).replace(/^./, c => c.toLowerCase())
const snake = s => s.replace(/-/g, '_').replace(/[A-Z]/g, c => `_${c.toLowerCase()}`)

function fieldsOf(spec) {
  return spec.split(' ').map(f => {
    const [name, kind, target] = f.split(':')
    return { name, kind, target }
  })
}

const ZOD = {
  str: 'z.string().min(1).max(200)',
  text: 'z.string().max(20000)',
  email: 'z.string().email()',
  url: 'z.string().url()',
  int: 'z.number().int()',
  money: 'money',
  date: 'isoDate',
  bool: 'z.boolean()',
  ref: 'z.string().uuid()',
  tags: 'z.array(z.string().min(1).max(64)).max(50)',
  json: 'z.record(z.unknown())'
}

const SAMPLE = {
  str: name => `'${name}-sample'`,
  text: () => `'lorem ipsum'`,
  email: () => `'someone@example.com'`,
  url: () => `'https://example.com/a'`,
  int: () => '3',
  money: () => `{ amountMinor: 1250, currency: 'EUR' }`,
  date: () => `'2024-01-02T03:04:05.000Z'`,
  bool: () => 'true',
  ref: () => `'00000000-0000-4000-8000-000000000001'`,
  tags: () => `['a', 'b']`,
  json: () => `{ source: 'test' }`
}

function schemaFile(res, fields, states) {
  const T = pascal(res)
  const lines = [
    `// The ${res} resource's wire format: what the API accepts and returns.`,
    "import { z } from 'zod'",
    `import { ${fields.some(f => f.kind === 'money') ? 'isoDate, money' : 'isoDate'} } from '../../lib/validation'`,
    '',
    `export const ${T}Status = z.enum([${states.map(s => `'${s}'`).join(', ')}])`,
    `export type ${T}Status = z.infer<typeof ${T}Status>`,
    '',
    `export const ${T}Schema = z.object({`,
    '  id: z.string().uuid(),',
    ...fields.map(
      f => `  ${f.name}: ${ZOD[f.kind]}${f.kind === 'ref' && f.target === res ? '.nullable()' : ''},`
    ),
    `  status: ${T}Status,`,
    '  version: z.number().int().nonnegative(),',
    '  createdAt: isoDate,',
    '  updatedAt: isoDate',
    '})',
    `export type ${T} = z.infer<typeof ${T}Schema>`,
    '',
    `export const Create${T}Schema = ${T}Schema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({`,
    `  status: ${T}Status.default('${states[0]}')`,
    '})',
    `export type Create${T} = z.infer<typeof Create${T}Schema>`,
    '',
    `export const Update${T}Schema = Create${T}Schema.partial().extend({ version: z.number().int().nonnegative() })`,
    `export type Update${T} = z.infer<typeof Update${T}Schema>`,
    '',
    `export const ${T}QuerySchema = z.object({`,
    '  status: ' + `${T}Status.optional(),`,
    ...fields.filter(f => f.kind === 'ref').map(f => `  ${f.name}: z.string().uuid().optional(),`),
    '  q: z.string().max(200).optional(),',
    '  limit: z.coerce.number().int().min(1).max(200).default(50),',
    '  cursor: z.string().optional()',
    '})',
    `export type ${T}Query = z.infer<typeof ${T}QuerySchema>`,
    '',
    `export const ${camel(res)}Transitions: Record<${T}Status, readonly ${T}Status[]> = {`,
    ...states.map(
      (s, i) =>
        `  '${s}': [${states
          .slice(i + 1)
          .map(n => `'${n}'`)
          .join(', ')}],`
    ),
    '}',
    ''
  ]
  return lines.join('\n')
}

function repositoryFile(res, fields) {
  const T = pascal(res)
  const columns = fields.map(f => `    ${f.name}: '${snake(f.name)}',`)
  const searchable = fields
    .filter(f => ['str', 'text', 'email'].includes(f.kind))
    .map(f => `'${snake(f.name)}'`)
  return [
    `// Where ${res} rows live: the SQL for the ${snake(res)}s table, mapped to and from ${T}.`,
    "import type { Pool } from 'pg'",
    "import { SqlRepository, type ColumnMap } from '../../lib/repository'",
    `import type { ${T}, ${T}Query } from './schema'`,
    '',
    `const COLUMNS: ColumnMap<${T}> = {`,
    "    id: 'id',",
    ...columns,
    "    status: 'status',",
    "    version: 'version',",
    "    createdAt: 'created_at',",
    "    updatedAt: 'updated_at'",
    '}',
    '',
    `export class ${T}Repository extends SqlRepository<${T}> {`,
    '  constructor(pool: Pool) {',
    `    super(pool, '${snake(res)}s', COLUMNS, [${searchable.join(', ')}])`,
    '  }',
    '',
    `  async search(query: ${T}Query): Promise<${T}[]> {`,
    '    const filters: Record<string, unknown> = {}',
    '    if (query.status !== undefined) filters.status = query.status',
    ...fields
      .filter(f => f.kind === 'ref')
      .map(f => `    if (query.${f.name} !== undefined) filters.${snake(f.name)} = query.${f.name}`),
    '    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })',
    '  }',
    '}',
    ''
  ].join('\n')
}

function normalise(f) {
  switch (f.kind) {
    case 'str':
      return `    ${f.name}: input.${f.name}.trim(),`
    case 'email':
      return `    ${f.name}: normaliseEmail(input.${f.name}),`
    case 'money':
      return `    ${f.name}: roundMoney(input.${f.name}),`
    case 'date':
      return `    ${f.name}: toIsoDate(input.${f.name}),`
    case 'tags':
      return `    ${f.name}: uniqueTags(input.${f.name}),`
    case 'text':
      return `    ${f.name}: sanitiseText(input.${f.name}),`
    default:
      return null
  }
}

function serviceFile(res, fields) {
  const T = pascal(res)
  const v = camel(res)
  const normalised = fields.map(normalise).filter(Boolean)
  const refs = fields.filter(f => f.kind === 'ref' && f.target !== res)
  const helpers = new Set(['toIsoDate'])
  for (const f of fields) {
    if (f.kind === 'email') helpers.add('normaliseEmail')
    if (f.kind === 'money') helpers.add('roundMoney')
    if (f.kind === 'tags') helpers.add('uniqueTags')
    if (f.kind === 'text') helpers.add('sanitiseText')
  }
  return [
    `// What can happen to a ${res}: creation with normalised fields, guarded status transitions, optimistic updates.`,
    "import { produce } from 'immer'",
    "import { v4 as uuid } from 'uuid'",
    "import type { Cache } from '../../cache'",
    "import { conflict, notFound, unprocessable } from '../../errors'",
    "import type { EventBus } from '../../lib/events'",
    `import { ${[...helpers].sort().join(', ')} } from '../../lib/normalise'`,
    "import { now } from '../../lib/time'",
    `import type { ${T}Repository } from './repository'`,
    `import { ${v}Transitions, type Create${T}, type ${T}, type ${T}Query, type ${T}Status, type Update${T} } from './schema'`,
    `import { ${v}Events } from './events'`,
    '',
    ...(refs.length
      ? [
          `export interface ${T}Lookups {`,
          ...[...new Set(refs.map(f => f.target))].map(
            t => `  ${camel(t)}Exists(id: string): Promise<boolean>`
          ),
          '}',
          ''
        ]
      : []),
    `export class ${T}Service {`,
    '  constructor(',
    `    private readonly repo: ${T}Repository,`,
    '    private readonly bus: EventBus,',
    `    private readonly cache: Cache<${T}>,`,
    ...(refs.length ? [`    private readonly lookups: ${T}Lookups`] : []),
    '  ) {}',
    '',
    `  list(query: ${T}Query): Promise<${T}[]> {`,
    '    return this.repo.search(query)',
    '  }',
    '',
    `  async get(id: string): Promise<${T}> {`,
    '    const cached = this.cache.get(id)',
    '    if (cached) return cached',
    '    const found = await this.repo.findById(id)',
    `    if (!found) throw notFound('${res}', id)`,
    '    this.cache.set(id, found)',
    '    return found',
    '  }',
    '',
    `  async create(input: Create${T}): Promise<${T}> {`,
    ...refs.map(
      f =>
        `    if (!(await this.lookups.${camel(f.target)}Exists(input.${f.name}))) throw unprocessable('${f.name}', 'no such ${f.target}')`
    ),
    '    const at = toIsoDate(now())',
    `    const ${v}: ${T} = {`,
    '    ...input,',
    ...normalised,
    '      id: uuid(),',
    '      version: 0,',
    '      createdAt: at,',
    '      updatedAt: at',
    '    }',
    `    await this.repo.insert(${v})`,
    `    this.bus.emit(${v}Events.created, ${v})`,
    `    return ${v}`,
    '  }',
    '',
    `  async update(id: string, patch: Update${T}): Promise<${T}> {`,
    '    const current = await this.get(id)',
    `    if (current.version !== patch.version) throw conflict('${res}', id, current.version)`,
    '    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)',
    '    const next = produce(current, draft => {',
    '      Object.assign(draft, patch)',
    '      draft.version = current.version + 1',
    '      draft.updatedAt = toIsoDate(now())',
    '    })',
    '    await this.repo.update(next, current.version)',
    '    this.cache.delete(id)',
    `    this.bus.emit(${v}Events.updated, next)`,
    '    return next',
    '  }',
    '',
    '  async remove(id: string): Promise<void> {',
    '    const current = await this.get(id)',
    '    await this.repo.delete(id)',
    '    this.cache.delete(id)',
    `    this.bus.emit(${v}Events.removed, current)`,
    '  }',
    '',
    `  private checkTransition(from: ${T}Status, to: ${T}Status): void {`,
    `    if (!${v}Transitions[from].includes(to)) throw unprocessable('status', \`cannot go from \${from} to \${to}\`)`,
    '  }',
    '}',
    ''
  ].join('\n')
}

function routesFile(res) {
  const T = pascal(res)
  return [
    `// The /${res}s endpoints: parse, authorise, call the service, answer.`,
    "import { Router } from 'express'",
    "import { asyncHandler } from '../../middleware/async-handler'",
    "import { requireScope } from '../../middleware/auth'",
    "import { parseBody, parseQuery } from '../../middleware/validate'",
    "import { page } from '../../lib/pagination'",
    `import { Create${T}Schema, ${T}QuerySchema, Update${T}Schema } from './schema'`,
    `import type { ${T}Service } from './service'`,
    '',
    `export function ${camel(res)}Routes(service: ${T}Service): Router {`,
    '  const router = Router()',
    '  router.get(',
    "    '/',",
    `    requireScope('${res}:read'),`,
    '    asyncHandler(async (req, res) => {',
    `      const query = parseQuery(${T}QuerySchema, req)`,
    '      const items = await service.list(query)',
    '      res.json(page(items, query.limit))',
    '    })',
    '  )',
    '  router.get(',
    "    '/:id',",
    `    requireScope('${res}:read'),`,
    '    asyncHandler(async (req, res) => {',
    '      res.json(await service.get(req.params.id))',
    '    })',
    '  )',
    '  router.post(',
    "    '/',",
    `    requireScope('${res}:write'),`,
    '    asyncHandler(async (req, res) => {',
    `      const created = await service.create(parseBody(Create${T}Schema, req))`,
    `      res.status(201).location(\`/${res}s/\${created.id}\`).json(created)`,
    '    })',
    '  )',
    '  router.patch(',
    "    '/:id',",
    `    requireScope('${res}:write'),`,
    '    asyncHandler(async (req, res) => {',
    `      res.json(await service.update(req.params.id, parseBody(Update${T}Schema, req)))`,
    '    })',
    '  )',
    '  router.delete(',
    "    '/:id',",
    `    requireScope('${res}:write'),`,
    '    asyncHandler(async (req, res) => {',
    '      await service.remove(req.params.id)',
    '      res.status(204).end()',
    '    })',
    '  )',
    '  return router',
    '}',
    ''
  ].join('\n')
}

function eventsFile(res) {
  const T = pascal(res)
  const v = camel(res)
  return [
    `// The events a ${res} emits, and the webhook payloads they become.`,
    "import type { EventName } from '../../lib/events'",
    `import type { ${T} } from './schema'`,
    '',
    `export const ${v}Events = {`,
    `  created: '${res}.created' as EventName<${T}>,`,
    `  updated: '${res}.updated' as EventName<${T}>,`,
    `  removed: '${res}.removed' as EventName<${T}>`,
    '} as const',
    '',
    `export function ${v}Payload(event: string, ${v}: ${T}): Record<string, unknown> {`,
    `  return { type: event, id: ${v}.id, version: ${v}.version, status: ${v}.status, at: ${v}.updatedAt }`,
    '}',
    ''
  ].join('\n')
}

function testFile(res, fields) {
  const T = pascal(res)
  return [
    `// Examples of valid and invalid ${res} bodies, checked by \`npm run check:schemas\`.`,
    `import { Create${T}Schema } from './schema'`,
    '',
    `export const valid${T} = Create${T}Schema.parse({`,
    ...fields.map(f => `  ${f.name}: ${SAMPLE[f.kind](f.name)},`),
    '})',
    '',
    `export const invalid${T} = Create${T}Schema.safeParse({}).success === false`,
    ''
  ].join('\n')
}

function indexFile(res, fields) {
  const T = pascal(res)
  const v = camel(res)
  const refs = fields.filter(f => f.kind === 'ref' && f.target !== res)
  return [
    `// The ${res} module, wired: repository, service, routes and webhook events.`,
    "import type { ApiModule, ModuleDeps } from '../../lib/module'",
    `import { ${v}Events, ${v}Payload } from './events'`,
    `import { ${T}Repository } from './repository'`,
    `import { ${v}Routes } from './routes'`,
    `import { ${T}Service } from './service'`,
    '',
    `export const ${v}Module: ApiModule = {`,
    `  name: '${res}',`,
    `  path: '/${res}s',`,
    `  scopes: ['${res}:read', '${res}:write'],`,
    '  create(deps: ModuleDeps) {',
    `    const repo = new ${T}Repository(deps.pool)`,
    ...(refs.length
      ? [
          `    const service = new ${T}Service(repo, deps.bus, deps.cache('${res}'), {`,
          ...[...new Set(refs.map(f => f.target))].map(
            t => `      ${camel(t)}Exists: id => deps.exists('${snake(t)}s', id),`
          ),
          '    })'
        ]
      : [`    const service = new ${T}Service(repo, deps.bus, deps.cache('${res}'))`]),
    `    for (const event of Object.values(${v}Events)) deps.bus.on(event, value => deps.webhooks.publish(${v}Payload(event, value)))`,
    `    return ${v}Routes(service)`,
    '  }',
    '}',
    ''
  ].join('\n')
}

// The shared core, hand-written once: each file uses its npm packages the way a real service does.
const CORE = {
  'src/config.ts': `// The service's settings, from the environment (and .env in development), checked once at start.
import { config as loadDotenv } from 'dotenv'
import ms from 'ms'
import { z } from 'zod'

loadDotenv()

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  DATABASE_URL: z.string().default('postgres://localhost:5432/orders'),
  REDIS_URL: z.string().optional(),
  JWT_SECRET: z.string().min(16).default('development-secret-change-me'),
  JWT_TTL: z.string().default('15m'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  CACHE_TTL: z.string().default('30s')
})

export type Config = z.infer<typeof Env> & { jwtTtlMs: number; cacheTtlMs: number; corsOrigins: string[] }

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.parse(env)
  return {
    ...parsed,
    jwtTtlMs: ms(parsed.JWT_TTL),
    cacheTtlMs: ms(parsed.CACHE_TTL),
    corsOrigins: parsed.CORS_ORIGINS.split(',').filter(o => o !== '')
  }
}
`,
  'src/logger.ts': `// One pino logger for the process, with secrets redacted.
import pino from 'pino'

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.secret'],
  base: { service: 'orders-api' }
})

export type Logger = typeof logger
`,
  'src/errors.ts': `// HTTP errors with a stable machine-readable code, built on http-errors.
import createError, { type HttpError } from 'http-errors'

export function notFound(resource: string, id: string): HttpError {
  return createError(404, \`no \${resource} \${id}\`, { code: 'not_found', resource })
}

export function conflict(resource: string, id: string, version: number): HttpError {
  return createError(409, \`\${resource} \${id} changed (now at version \${version})\`, { code: 'conflict', version })
}

export function unprocessable(field: string, reason: string): HttpError {
  return createError(422, \`\${field}: \${reason}\`, { code: 'unprocessable', field })
}

export function unauthorised(reason: string): HttpError {
  return createError(401, reason, { code: 'unauthorised' })
}

export function forbidden(scope: string): HttpError {
  return createError(403, \`missing scope \${scope}\`, { code: 'forbidden', scope })
}

export { createError, type HttpError }
`,
  'src/db.ts': `// The Postgres pool, and the existence checks that modules use for references.
import { Pool } from 'pg'
import type { Config } from './config'

export function createPool(config: Config): Pool {
  return new Pool({ connectionString: config.DATABASE_URL, max: 10, idleTimeoutMillis: 30_000 })
}

const IDENT = /^[a-z_][a-z0-9_]*$/

export async function exists(pool: Pool, table: string, id: string): Promise<boolean> {
  if (!IDENT.test(table)) throw new Error(\`bad table name \${table}\`)
  const result = await pool.query(\`select 1 from \${table} where id = $1 limit 1\`, [id])
  return (result.rowCount ?? 0) > 0
}
`,
  'src/cache.ts': `// A per-resource read cache: an LRU in the process, optionally backed by Redis for invalidation.
import { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'

export interface Cache<T> {
  get(key: string): T | undefined
  set(key: string, value: T): void
  delete(key: string): void
}

export function memoryCache<T extends object>(ttlMs: number, max = 5000): Cache<T> {
  const lru = new LRUCache<string, T>({ max, ttl: ttlMs })
  return {
    get: key => lru.get(key),
    set: (key, value) => void lru.set(key, value),
    delete: key => void lru.delete(key)
  }
}

/** Invalidations from other instances arrive on a Redis channel and drop the local entries. */
export function sharedInvalidation<T>(url: string, name: string, local: Cache<T>): Cache<T> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 })
  const sub = pub.duplicate()
  void sub.subscribe(\`invalidate:\${name}\`)
  sub.on('message', (_channel: string, key: string) => local.delete(key))
  return {
    get: key => local.get(key),
    set: (key, value) => local.set(key, value),
    delete: key => {
      local.delete(key)
      void pub.publish(\`invalidate:\${name}\`, key)
    }
  }
}
`,
  'src/metrics.ts': `// Prometheus metrics: request durations by route and status.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export const registry = new Registry()
collectDefaultMetrics({ register: registry })

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry]
})

export const webhookFailures = new Counter({
  name: 'webhook_failures_total',
  help: 'Webhook deliveries that failed after retries',
  registers: [registry]
})
`,
  'src/auth.ts': `// Tokens and passwords: HS256 access tokens, bcrypt password hashes, JWKS verification for partners.
import bcrypt from 'bcryptjs'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import jwt from 'jsonwebtoken'
import { unauthorised } from './errors'

export interface Principal {
  sub: string
  scopes: string[]
}

export function issueToken(principal: Principal, secret: string, ttlMs: number): string {
  return jwt.sign({ scopes: principal.scopes }, secret, { subject: principal.sub, expiresIn: Math.floor(ttlMs / 1000) })
}

export function verifyToken(token: string, secret: string): Principal {
  try {
    const payload = jwt.verify(token, secret)
    if (typeof payload === 'string' || typeof payload.sub !== 'string') throw unauthorised('malformed token')
    const scopes: unknown = payload['scopes']
    return { sub: payload.sub, scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [] }
  } catch (error) {
    throw unauthorised(error instanceof Error ? error.message : 'invalid token')
  }
}

export async function verifyPartnerToken(token: string, jwksUrl: string, audience: string): Promise<Principal> {
  const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(jwksUrl)), { audience })
  const scope = typeof payload['scope'] === 'string' ? payload['scope'] : ''
  return { sub: payload.sub ?? 'partner', scopes: scope.split(' ').filter(s => s !== '') }
}

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, 12)
export const checkPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash)
`,
  'src/lib/validation.ts': `// Shared field types for the schemas: money in minor units, ISO dates, and validator-backed strings.
import validator from 'validator'
import { z } from 'zod'

export const currency = z.string().length(3).refine(c => validator.isISO4217(c), 'not an ISO 4217 currency')

export const money = z.object({
  amountMinor: z.number().int(),
  currency
})
export type Money = z.infer<typeof money>

export const isoDate = z.string().refine(s => validator.isISO8601(s, { strict: true }), 'not an ISO 8601 date')

export const phone = z.string().refine(s => validator.isMobilePhone(s, 'any'), 'not a phone number')
`,
  'src/lib/normalise.ts': `// Field normalisation before storage: trimmed and lower-cased emails, rounded money, clean text and tags.
import escapeHtml from 'escape-html'
import uniq from 'lodash/uniq'
import validator from 'validator'
import type { Money } from './validation'

export function normaliseEmail(email: string): string {
  return validator.normalizeEmail(email, { gmail_remove_dots: false }) || email.trim().toLowerCase()
}

export function roundMoney(value: Money): Money {
  return { amountMinor: Math.round(value.amountMinor), currency: value.currency.toUpperCase() }
}

export function toIsoDate(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString()
}

export function uniqueTags(tags: string[]): string[] {
  return uniq(tags.map(t => t.trim().toLowerCase()).filter(t => t !== '')).sort()
}

export function sanitiseText(text: string): string {
  return escapeHtml(validator.stripLow(text, true))
}
`,
  'src/lib/time.ts': `// The clock, in one place so that tests can pin it; and calendar helpers on dayjs and luxon.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { DateTime } from 'luxon'

dayjs.extend(utc)

let pinned: Date | null = null

export function now(): Date {
  return pinned ?? new Date()
}

export function pinClock(at: Date | null): void {
  pinned = at
}

export function addBusinessDays(from: Date, days: number): Date {
  let at = dayjs.utc(from)
  for (let left = days; left > 0; ) {
    at = at.add(1, 'day')
    if (at.day() !== 0 && at.day() !== 6) left--
  }
  return at.toDate()
}

export function localTime(at: Date, zone: string): string {
  return DateTime.fromJSDate(at).setZone(zone).toFormat('yyyy-LL-dd HH:mm ZZZZ')
}
`,
  'src/lib/repository.ts': `// A small SQL repository over pg: typed column maps, keyset pagination, optimistic locking.
import type { Pool } from 'pg'

export type ColumnMap<T> = { [K in keyof T]-?: string }

export interface FindOptions {
  text?: string | undefined
  limit: number
  cursor?: string | undefined
}

export class SqlRepository<T extends { id: string; version: number }> {
  constructor(
    protected readonly pool: Pool,
    protected readonly table: string,
    protected readonly columns: ColumnMap<T>,
    protected readonly searchable: readonly string[]
  ) {}

  protected fromRow(row: Record<string, unknown>): T {
    const out: Record<string, unknown> = {}
    for (const [key, column] of Object.entries(this.columns) as [string, string][]) out[key] = row[column]
    return out as T
  }

  protected toRow(value: T): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [key, column] of Object.entries(this.columns) as [string, string][]) out[column] = (value as Record<string, unknown>)[key]
    return out
  }

  async findById(id: string): Promise<T | null> {
    const result = await this.pool.query(\`select * from \${this.table} where id = $1\`, [id])
    return result.rows[0] ? this.fromRow(result.rows[0]) : null
  }

  async findMany(filters: Record<string, unknown>, options: FindOptions): Promise<T[]> {
    const where: string[] = []
    const params: unknown[] = []
    for (const [column, value] of Object.entries(filters)) {
      params.push(value)
      where.push(\`\${column} = $\${params.length}\`)
    }
    if (options.text && this.searchable.length > 0) {
      params.push(\`%\${options.text}%\`)
      where.push(\`(\${this.searchable.map(c => \`\${c} ilike $\${params.length}\`).join(' or ')})\`)
    }
    if (options.cursor) {
      params.push(options.cursor)
      where.push(\`id > $\${params.length}\`)
    }
    params.push(options.limit + 1)
    const sql = \`select * from \${this.table}\${where.length ? \` where \${where.join(' and ')}\` : ''} order by id limit $\${params.length}\`
    const result = await this.pool.query(sql, params)
    return result.rows.map(row => this.fromRow(row))
  }

  async insert(value: T): Promise<void> {
    const row = this.toRow(value)
    const keys = Object.keys(row)
    await this.pool.query(
      \`insert into \${this.table} (\${keys.join(', ')}) values (\${keys.map((_, i) => \`$\${i + 1}\`).join(', ')})\`,
      keys.map(k => row[k])
    )
  }

  async update(value: T, expectedVersion: number): Promise<void> {
    const row = this.toRow(value)
    const keys = Object.keys(row).filter(k => k !== 'id')
    const sets = keys.map((k, i) => \`\${k} = $\${i + 3}\`).join(', ')
    const result = await this.pool.query(\`update \${this.table} set \${sets} where id = $1 and version = $2\`, [
      value.id,
      expectedVersion,
      ...keys.map(k => row[k])
    ])
    if (result.rowCount === 0) throw new Error(\`\${this.table} \${value.id}: version \${expectedVersion} is gone\`)
  }

  async delete(id: string): Promise<void> {
    await this.pool.query(\`delete from \${this.table} where id = $1\`, [id])
  }
}
`,
  'src/lib/events.ts': `// A typed in-process event bus (eventemitter3), with an rxjs view for streaming consumers.
import EventEmitter from 'eventemitter3'
import { Observable } from 'rxjs'

export type EventName<T> = string & { readonly __payload?: T }

export class EventBus {
  private readonly emitter = new EventEmitter()

  emit<T>(name: EventName<T>, payload: T): void {
    this.emitter.emit(name, payload)
  }

  on<T>(name: EventName<T>, listener: (payload: T) => void): () => void {
    this.emitter.on(name, listener)
    return () => this.emitter.off(name, listener)
  }

  stream<T>(name: EventName<T>): Observable<T> {
    return new Observable<T>(subscriber => this.on(name, (payload: T) => subscriber.next(payload)))
  }
}
`,
  'src/lib/pagination.ts': `// Cursor pages: the caller asks for limit, the repository fetched limit + 1 to know whether more exist.
import { stringify } from 'qs'

export interface Page<T> {
  items: T[]
  next: string | null
}

export function page<T extends { id: string }>(items: T[], limit: number): Page<T> {
  const more = items.length > limit
  const shown = more ? items.slice(0, limit) : items
  return { items: shown, next: more ? shown[shown.length - 1]!.id : null }
}

export function nextLink(base: string, query: Record<string, unknown>, next: string | null): string | null {
  return next === null ? null : \`\${base}?\${stringify({ ...query, cursor: next })}\`
}
`,
  'src/lib/module.ts': `// What a resource module gives the app, and what the app gives it.
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
`,
  'src/lib/webhooks.ts': `// Webhook delivery: signed JSON posts, rate-limited per endpoint, retried with backoff.
import axios from 'axios'
import Bottleneck from 'bottleneck'
import { createHmac } from 'node:crypto'
import stableStringify from 'fast-json-stable-stringify'
import pLimit from 'p-limit'
import retry from 'retry'
import { logger } from '../logger'
import { webhookFailures } from '../metrics'

export interface Endpoint {
  url: string
  secret: string
}

export interface WebhookPublisher {
  publish(payload: Record<string, unknown>): void
}

export function signature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex')
}

function deliver(endpoint: Endpoint, body: string): Promise<void> {
  const op = retry.operation({ retries: 4, factor: 2, minTimeout: 200, maxTimeout: 5000 })
  return new Promise((resolve, reject) => {
    op.attempt(async () => {
      try {
        await axios.post(endpoint.url, body, {
          headers: { 'content-type': 'application/json', 'x-signature': signature(body, endpoint.secret) },
          timeout: 5000
        })
        resolve()
      } catch (error) {
        if (op.retry(error instanceof Error ? error : new Error(String(error)))) return
        reject(op.mainError())
      }
    })
  })
}

export function webhookPublisher(endpoints: () => Endpoint[]): WebhookPublisher {
  const limiter = new Bottleneck({ maxConcurrent: 4, minTime: 50 })
  const limit = pLimit(8)
  return {
    publish(payload) {
      const body = stableStringify(payload)
      for (const endpoint of endpoints()) {
        void limit(() => limiter.schedule(() => deliver(endpoint, body))).catch(error => {
          webhookFailures.inc()
          logger.warn({ url: endpoint.url, err: error }, 'webhook delivery failed')
        })
      }
    }
  }
}
`,
  'src/lib/documents.ts': `// Documents the API renders: invoices as HTML (handlebars + markdown notes), CSV and XML imports.
import contentDisposition from 'content-disposition'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import Handlebars from 'handlebars'
import iconv from 'iconv-lite'
import { marked } from 'marked'
import mime from 'mime-types'

const invoiceTemplate = Handlebars.compile(
  '<h1>Invoice {{number}}</h1><p>Due {{dueAt}}</p><div class="notes">{{{notes}}}</div>'
)

export function renderInvoice(invoice: { number: string; dueAt: string; notes: string }): string {
  return invoiceTemplate({ ...invoice, notes: marked.parse(invoice.notes, { async: false }) })
}

export function parseCsvImport(buffer: Buffer, encoding = 'utf8'): Record<string, string>[] {
  const text = iconv.decode(buffer, encoding)
  return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true })
}

export function parseXmlImport(text: string): unknown {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text)
}

export function downloadHeaders(filename: string): Record<string, string> {
  return {
    'content-type': mime.contentType(filename) || 'application/octet-stream',
    'content-disposition': contentDisposition(filename)
  }
}
`,
  'src/lib/schema-registry.ts': `// JSON Schemas for partner feeds, checked with ajv (plus formats), loaded from YAML.
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import deepmerge from 'deepmerge'
import { parse as parseYaml } from 'yaml'

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)

const compiled = new Map<string, ValidateFunction>()

export function registerSchema(name: string, yamlText: string, defaults: object = {}): void {
  const schema: object = deepmerge(defaults, parseYaml(yamlText) as object)
  compiled.set(name, ajv.compile(schema))
}

export function validateFeed(name: string, value: unknown): string[] {
  const validate = compiled.get(name)
  if (!validate) return [\`no schema \${name}\`]
  return validate(value) ? [] : (validate.errors ?? []).map(e => \`\${e.instancePath || '/'} \${e.message ?? 'invalid'}\`)
}
`,
  'src/lib/api-version.ts': `// API versions by date header, compared with semver ranges for deprecations.
import semver from 'semver'

export const CURRENT = '3.4.0'
export const SUPPORTED = '>=2.0.0 <4.0.0'

export function negotiate(requested: string | undefined): string {
  if (!requested) return CURRENT
  const version = semver.coerce(requested)?.version
  if (!version || !semver.satisfies(version, SUPPORTED)) return CURRENT
  return version
}

export const isDeprecated = (version: string): boolean => semver.lt(version, '3.0.0')
`,
  'src/lib/realtime.ts': `// Live updates over WebSocket: clients subscribe to event names and get each payload as JSON.
import type { Server } from 'node:http'
import { WebSocketServer, type WebSocket } from 'ws'
import type { EventBus, EventName } from './events'

export function attachRealtime(server: Server, bus: EventBus, events: EventName<unknown>[]): WebSocketServer {
  const wss = new WebSocketServer({ server, path: '/live' })
  const clients = new Set<WebSocket>()
  wss.on('connection', socket => {
    clients.add(socket)
    socket.on('close', () => clients.delete(socket))
  })
  for (const name of events) {
    bus.on(name, payload => {
      const message = JSON.stringify({ event: name, payload })
      for (const socket of clients) if (socket.readyState === socket.OPEN) socket.send(message)
    })
  }
  return wss
}
`,
  'src/middleware/async-handler.ts': `// Express 4 does not await handlers: this passes a rejected promise to next().
import type { NextFunction, Request, RequestHandler, Response } from 'express'

export function asyncHandler(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next)
  }
}
`,
  'src/middleware/auth.ts': `// Bearer tokens on every request; scopes checked per route.
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { verifyToken, type Principal } from '../auth'
import { forbidden, unauthorised } from '../errors'

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal
  }
}

export function authenticate(secret: string): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? ''
    const [kind, token] = header.split(' ')
    if (kind !== 'Bearer' || !token) return next(unauthorised('missing bearer token'))
    try {
      req.principal = verifyToken(token, secret)
      next()
    } catch (error) {
      next(error)
    }
  }
}

export function requireScope(scope: string): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const scopes = req.principal?.scopes ?? []
    next(scopes.includes(scope) || scopes.includes('admin') ? undefined : forbidden(scope))
  }
}
`,
  'src/middleware/validate.ts': `// Request bodies and queries through zod: a 422 that lists every problem.
import type { Request } from 'express'
import type { ZodType, ZodTypeDef } from 'zod'
import { createError } from '../errors'

function check<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw createError(422, 'invalid request', {
    code: 'invalid',
    problems: parsed.error.issues.map(i => ({ path: i.path.join('.'), message: i.message }))
  })
}

export const parseBody = <T>(schema: ZodType<T, ZodTypeDef, unknown>, req: Request): T => check(schema, req.body)
export const parseQuery = <T>(schema: ZodType<T, ZodTypeDef, unknown>, req: Request): T => check(schema, req.query)
`,
  'src/middleware/errors.ts': `// The last middleware: every error becomes JSON with a code; 5xx are logged, 4xx are not.
import type { ErrorRequestHandler } from 'express'
import { isHttpError } from 'http-errors'
import statuses from 'statuses'
import { logger } from '../logger'

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const status = isHttpError(error) ? error.status : 500
  if (status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed')
  const body: Record<string, unknown> = { error: statuses.message[status] ?? 'error' }
  if (isHttpError(error) && error.expose) Object.assign(body, { message: error.message, code: error['code'], problems: error['problems'] })
  res.status(status).json(body)
}
`,
  'src/middleware/timing.ts': `// Request durations into the histogram, labelled by the matched route.
import type { RequestHandler } from 'express'
import onFinished from 'on-finished'
import { httpDuration } from '../metrics'

export const timing: RequestHandler = (req, res, next) => {
  const end = httpDuration.startTimer({ method: req.method })
  onFinished(res, () => end({ route: req.route?.path ?? req.baseUrl ?? 'unmatched', status: String(res.statusCode) }))
  next()
}
`,
  'src/middleware/request-id.ts': `// Every request gets an id (or keeps the caller's), echoed in the response and the logs.
import type { RequestHandler } from 'express'
import { v4 as uuid, validate } from 'uuid'

export const requestId: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id')
  const id = given && validate(given) ? given : uuid()
  res.setHeader('x-request-id', id)
  next()
}
`,
  'src/app.ts': `// The Express app: security headers, CORS, compression, logging, auth, then every resource module.
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
`,
  'src/server.ts': `// Starts the HTTP server, with live updates, and shuts down cleanly on SIGTERM.
import { createServer } from 'node:http'
import { createApp } from './app'
import { loadConfig } from './config'
import { createPool } from './db'
import { attachRealtime } from './lib/realtime'
import { logger } from './logger'

const config = loadConfig()
const pool = createPool(config)
const { app, bus } = createApp(config, pool)
const server = createServer(app)
attachRealtime(server, bus, [])

server.listen(config.PORT, () => logger.info({ port: config.PORT }, 'listening'))

process.on('SIGTERM', () => {
  logger.info('shutting down')
  server.close(() => void pool.end().then(() => process.exit(0)))
})
`,
  'src/cli.ts': `// Operator commands: issue a token, hash a password, list the mounted resources.
import { Command } from 'commander'
import { hashPassword, issueToken } from './auth'
import { loadConfig } from './config'
import { modules } from './modules'

const program = new Command('orders-api')

program
  .command('token <subject>')
  .option('-s, --scope <scope...>', 'scopes', ['admin'])
  .action((subject: string, options: { scope: string[] }) => {
    const config = loadConfig()
    process.stdout.write(\`\${issueToken({ sub: subject, scopes: options.scope }, config.JWT_SECRET, config.jwtTtlMs)}\\n\`)
  })

program.command('hash <password>').action(async (password: string) => {
  process.stdout.write(\`\${await hashPassword(password)}\\n\`)
})

program.command('resources').action(() => {
  for (const m of modules) process.stdout.write(\`\${m.path}\\t\${m.scopes.join(' ')}\\n\`)
})

void program.parseAsync()
`
}

export function generate(dir) {
  const files = { ...CORE }
  const names = []
  for (const [res, spec, states] of RESOURCES) {
    const fields = fieldsOf(spec)
    const base = `src/modules/${res}`
    files[`${base}/schema.ts`] = schemaFile(res, fields, states.split(' '))
    files[`${base}/repository.ts`] = repositoryFile(res, fields)
    files[`${base}/service.ts`] = serviceFile(res, fields)
    files[`${base}/routes.ts`] = routesFile(res)
    files[`${base}/events.ts`] = eventsFile(res)
    files[`${base}/examples.ts`] = testFile(res, fields)
    files[`${base}/index.ts`] = indexFile(res, fields)
    names.push(res)
  }
  files['src/modules/index.ts'] = [
    '// Every resource module, in mounting order.',
    "import type { ApiModule } from '../lib/module'",
    ...names.map(n => `import { ${camel(n)}Module } from './${n}'`),
    '',
    'export const modules: readonly ApiModule[] = [',
    ...names.map(n => `  ${camel(n)}Module,`),
    ']',
    ''
  ].join('\n')
  rmSync(join(dir, 'src'), { recursive: true, force: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return Object.keys(files).length
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = resolve(new URL('..', import.meta.url).pathname)
  const dir = resolve(process.argv[2] ?? join(root, 'bench/workloads/ts-service'))
  process.stdout.write(`wrote ${generate(dir)} files under ${join(dir, 'src')}\n`)
}
