// HTTP errors with a stable machine-readable code, built on http-errors.
import createError, { type HttpError } from 'http-errors'

export function notFound(resource: string, id: string): HttpError {
  return createError(404, `no ${resource} ${id}`, { code: 'not_found', resource })
}

export function conflict(resource: string, id: string, version: number): HttpError {
  return createError(409, `${resource} ${id} changed (now at version ${version})`, { code: 'conflict', version })
}

export function unprocessable(field: string, reason: string): HttpError {
  return createError(422, `${field}: ${reason}`, { code: 'unprocessable', field })
}

export function unauthorised(reason: string): HttpError {
  return createError(401, reason, { code: 'unauthorised' })
}

export function forbidden(scope: string): HttpError {
  return createError(403, `missing scope ${scope}`, { code: 'forbidden', scope })
}

export { createError, type HttpError }
