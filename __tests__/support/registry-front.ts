// A loopback HTTP server in front of a real docker-registry: token auth (challenge + token endpoint), basic auth, or a fixed failure.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readBody } from './loopback-http.js'

export type FrontMode =
  /** Every /v2/ request answers this status (with a Bearer challenge whose token endpoint refuses, for 401). */
  | { kind: 'fail'; status: number }
  /** Bearer tokens: /v2/ wants `Bearer <token>`; /token hands it out, to `user:password` only when given. */
  | { kind: 'bearer'; token: string; basic?: { user: string; password: string }; refreshToken?: string }
  /** Basic auth on /v2/ itself. */
  | { kind: 'basic'; user: string; password: string }
  /** No auth; HEAD answers 405 Method Not Allowed, GET is forwarded. */
  | { kind: 'no-head' }

export interface FrontRequest {
  method: string
  path: string
  authorization: string
  status: number
}

export interface RegistryFront {
  /** `127.0.0.1:<port>`: where clients point instead of the registry. */
  host: string
  requests: FrontRequest[]
  close(): Promise<void>
}

function basicOf(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

async function forward(upstream: string, req: IncomingMessage, res: ServerResponse): Promise<number> {
  const headers: Record<string, string> = {}
  for (const name of ['accept', 'content-type']) {
    const v = req.headers[name]
    if (typeof v === 'string') headers[name] = v
  }
  const answer = await fetch(`http://${upstream}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers })
  const body = Buffer.from(await answer.arrayBuffer())
  const out: Record<string, string> = {}
  for (const name of ['content-type', 'docker-content-digest', 'docker-distribution-api-version']) {
    const v = answer.headers.get(name)
    if (v !== null) out[name] = v
  }
  out['content-length'] = answer.headers.get('content-length') ?? String(body.length)
  res.writeHead(answer.status, out).end(req.method === 'HEAD' ? undefined : body)
  return answer.status
}

export async function startRegistryFront(upstream: string, mode: FrontMode): Promise<RegistryFront> {
  const requests: FrontRequest[] = []
  let self = ''
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://front')
      const record: FrontRequest = {
        method: req.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        authorization: req.headers.authorization ?? '',
        status: 0
      }
      requests.push(record)
      const reply = (status: number, headers: Record<string, string>, body = ''): void => {
        record.status = status
        res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers }).end(body)
      }
      const challenge = `Bearer realm="http://${self}/token",service="loopback-registry"`
      if (url.pathname === '/token') {
        const form =
          req.method === 'POST' ? new URLSearchParams((await readBody(req)).toString('utf8')) : null
        if (mode.kind !== 'bearer') return reply(401, {}, '{"errors":[{"code":"UNAUTHORIZED"}]}')
        const viaRefresh =
          form !== null && mode.refreshToken !== undefined && form.get('refresh_token') === mode.refreshToken
        const viaBasic =
          mode.basic === undefined || record.authorization === basicOf(mode.basic.user, mode.basic.password)
        if (form !== null ? !viaRefresh : !viaBasic)
          return reply(401, {}, '{"details":"incorrect username or password"}')
        const key = form !== null ? 'access_token' : 'token'
        return reply(
          200,
          { 'content-type': 'application/json' },
          JSON.stringify({ [key]: mode.token, expires_in: 300 })
        )
      }
      if (mode.kind === 'fail') {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (mode.status === 401) headers['www-authenticate'] = challenge
        return reply(
          mode.status,
          headers,
          `{"errors":[{"code":"${mode.status === 401 ? 'UNAUTHORIZED' : 'UNKNOWN'}"}]}`
        )
      }
      if (mode.kind === 'no-head') {
        if (record.method === 'HEAD') return reply(405, { allow: 'GET' })
        record.status = await forward(upstream, req, res)
        return
      }
      const expected = mode.kind === 'bearer' ? `Bearer ${mode.token}` : basicOf(mode.user, mode.password)
      if (record.authorization !== expected) {
        const header = mode.kind === 'bearer' ? challenge : 'Basic realm="loopback-registry"'
        const scope = url.pathname.match(/^\/v2\/(.+)\/(manifests|blobs)\//)
        const full =
          mode.kind === 'bearer' && scope ? `${header},scope="repository:${scope[1]}:pull"` : header
        return reply(
          401,
          { 'www-authenticate': full, 'content-type': 'application/json' },
          '{"errors":[{"code":"UNAUTHORIZED"}]}'
        )
      }
      record.status = await forward(upstream, req, res)
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  self = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    host: self,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}
