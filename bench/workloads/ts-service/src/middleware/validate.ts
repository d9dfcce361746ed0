// Request bodies and queries through zod: a 422 that lists every problem.
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
