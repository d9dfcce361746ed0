// Bearer tokens on every request; scopes checked per route.
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
