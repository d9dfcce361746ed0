// The last middleware: every error becomes JSON with a code; 5xx are logged, 4xx are not.
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
