// One pino logger for the process, with secrets redacted.
import pino from 'pino'

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.secret'],
  base: { service: 'orders-api' }
})

export type Logger = typeof logger
