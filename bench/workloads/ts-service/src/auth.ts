// Tokens and passwords: HS256 access tokens, bcrypt password hashes, JWKS verification for partners.
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
