// The service's settings, from the environment (and .env in development), checked once at start.
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
