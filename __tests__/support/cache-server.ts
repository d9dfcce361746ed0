// A loopback Actions cache service v2 (twirp JSON + Azure-Blob-like storage) with fault switches.

import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import path from 'node:path'
import type { CacheLogger } from '../../src/cache/build-cache.js'
import { computeCacheKeys, type CacheKeys } from '../../src/core/cache/key.js'
import { azureError, parseJson, putBlob, readBody, send, sendJson, stringField } from './loopback-http.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'
const BLOB_PREFIX = '/devstoreaccount1/cache/'

export interface CacheServerFaults {
  /** Answer every twirp call with this status (e.g. 500). */
  twirpStatus: number | null
  /** Answer every blob GET/PUT with this status. */
  blobStatus: number | null
  /** Wait this long before answering. */
  latencyMs: number
  latencyOn: 'twirp' | 'blob' | 'all'
  /**
   * Blob downloads: `abort` sends half the body under the full Content-Length, then drops the
   * connection; `short` sends half the body under a matching Content-Length.
   */
  truncate: 'abort' | 'short' | null
  /** Blob downloads: garble bytes in the middle of the archive. */
  corrupt: boolean
  /** Close the listener and drop every connection: clients get ECONNREFUSED. */
  refuse: boolean
}

export interface CacheServerRequest {
  method: string
  path: string
  /** The twirp method, for twirp calls. */
  rpc: string | null
  status: number
  /** The parsed twirp request body. */
  body: Record<string, unknown> | null
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  finalized: boolean
  data: Buffer
  /** Staged Azure blocks, by block id. */
  blocks: Map<string, Buffer>
}

const NO_FAULTS: CacheServerFaults = {
  twirpStatus: null,
  blobStatus: null,
  latencyMs: 0,
  latencyOn: 'all',
  truncate: null,
  corrupt: false,
  refuse: false
}

export class CacheServer {
  readonly requests: CacheServerRequest[] = []
  readonly entries: CacheEntry[] = []
  private faults: CacheServerFaults = { ...NO_FAULTS }
  private server: Server | null = null
  private port = 0
  private readonly sockets = new Set<Socket>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()

  /** The base URL, as ACTIONS_RESULTS_URL wants it (with the trailing slash). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`
  }

  /** The environment @actions/cache needs to talk to this server with the v2 protocol. */
  env(runnerTemp: string, workspace: string): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: 'loopback-token',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace
    }
  }

  async start(): Promise<void> {
    await this.listen(0)
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    await this.close()
  }

  /** Merge fault switches into the current ones. */
  async setFault(faults: Partial<CacheServerFaults>): Promise<void> {
    const wasRefusing = this.faults.refuse
    this.faults = { ...this.faults, ...faults }
    if (this.faults.refuse && !wasRefusing) await this.close()
    if (!this.faults.refuse && wasRefusing) await this.listen(this.port)
  }

  async clearFaults(): Promise<void> {
    await this.setFault({ ...NO_FAULTS })
  }

  /** Twirp calls made so far, by method name. */
  calls(rpc: string): CacheServerRequest[] {
    return this.requests.filter(r => r.rpc === rpc)
  }

  private listen(port: number): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res))
    server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.server = server
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address()
        if (address !== null && typeof address === 'object') this.port = address.port
        resolve()
      })
    })
  }

  private close(): Promise<void> {
    const server = this.server
    this.server = null
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
    if (server === null) return Promise.resolve()
    return new Promise(resolve => server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const body = await readBody(req)
    const isTwirp = url.pathname.startsWith(TWIRP_PREFIX)
    const record: CacheServerRequest = {
      method: req.method ?? '',
      path: url.pathname + url.search,
      rpc: isTwirp ? url.pathname.slice(TWIRP_PREFIX.length) : null,
      status: 0,
      body: null
    }
    this.requests.push(record)
    const { latencyMs, latencyOn } = this.faults
    if (latencyMs > 0 && (latencyOn === 'all' || latencyOn === (isTwirp ? 'twirp' : 'blob'))) {
      await this.sleep(latencyMs)
    }
    if (res.destroyed) return
    if (isTwirp) {
      record.body = parseJson(body)
      this.twirp(record, res)
    } else if (url.pathname.startsWith(BLOB_PREFIX)) {
      this.blob(record, url, req, body, res)
    } else {
      send(record, res, 404, 'text/plain', 'not found')
    }
  }

  private twirp(record: CacheServerRequest, res: ServerResponse): void {
    if (this.faults.twirpStatus !== null) {
      sendJson(record, res, this.faults.twirpStatus, { code: 'internal', msg: 'injected fault' })
      return
    }
    const body = record.body ?? {}
    const key = stringField(body, 'key')
    const version = stringField(body, 'version')
    switch (record.rpc) {
      case 'CreateCacheEntry': {
        if (this.entries.some(e => e.key === key && e.version === version)) {
          // What the real service answers when another job reserved or saved the key first.
          sendJson(record, res, 409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists'
          })
          return
        }
        const entry: CacheEntry = {
          id: this.entries.length + 1,
          key,
          version,
          finalized: false,
          data: Buffer.alloc(0),
          blocks: new Map()
        }
        this.entries.push(entry)
        sendJson(record, res, 200, { ok: true, signed_upload_url: this.blobUrl(entry) })
        return
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find(e => e.key === key && e.version === version && !e.finalized)
        if (entry === undefined) {
          sendJson(record, res, 200, { ok: false, message: `no reserved entry for ${key}` })
          return
        }
        entry.finalized = true
        sendJson(record, res, 200, { ok: true, entry_id: String(entry.id) })
        return
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body['restore_keys'])
          ? body['restore_keys'].filter((k): k is string => typeof k === 'string')
          : []
        const entry = this.match(key, restoreKeys, version)
        if (entry === undefined) {
          sendJson(record, res, 200, { ok: false, signed_download_url: '', matched_key: '' })
          return
        }
        sendJson(record, res, 200, {
          ok: true,
          signed_download_url: this.blobUrl(entry),
          matched_key: entry.key
        })
        return
      }
      default:
        sendJson(record, res, 404, { code: 'bad_route', msg: `no method ${record.rpc ?? ''}` })
    }
  }

  /** Exact primary key first, then each restore key: exact, then as a prefix, newest first. */
  private match(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const candidates = this.entries.filter(e => e.finalized && e.version === version).reverse()
    const exact = candidates.find(e => e.key === key)
    if (exact !== undefined) return exact
    for (const restoreKey of restoreKeys) {
      const hit =
        candidates.find(e => e.key === restoreKey) ?? candidates.find(e => e.key.startsWith(restoreKey))
      if (hit !== undefined) return hit
    }
    return undefined
  }

  private blob(
    record: CacheServerRequest,
    url: URL,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse
  ): void {
    const id = Number(url.pathname.slice(BLOB_PREFIX.length).replace(/^entry-/, ''))
    const entry = this.entries.find(e => e.id === id)
    if (entry === undefined) {
      send(record, res, 404, 'application/xml', azureError('BlobNotFound'))
      return
    }
    if (this.faults.blobStatus !== null) {
      send(record, res, this.faults.blobStatus, 'application/xml', azureError('InternalError'))
      return
    }
    if (req.method === 'PUT') {
      putBlob(record, req, url, body, entry, res)
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      this.download(record, req, entry.data, res)
    } else {
      send(record, res, 405, 'text/plain', 'method not allowed')
    }
  }

  private download(
    record: CacheServerRequest,
    req: IncomingMessage,
    data: Buffer,
    res: ServerResponse
  ): void {
    let body = data
    if (this.faults.corrupt) {
      body = Buffer.from(data)
      const middle = Math.floor(body.length / 2)
      for (let i = middle; i < Math.min(body.length, middle + 64); i++) body[i] = (body[i] ?? 0) ^ 0xa5
    }
    let status = 200
    const headers: Record<string, string> = {
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob'
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''))
    if (range !== null) {
      const start = Number(range[1])
      const end = range[2] === '' ? body.length - 1 : Math.min(Number(range[2]), body.length - 1)
      headers['Content-Range'] = `bytes ${start}-${end}/${body.length}`
      body = body.subarray(start, end + 1)
      status = 206
    }
    record.status = status
    if (req.method === 'HEAD') {
      res.writeHead(status, { ...headers, 'Content-Length': String(body.length) }).end()
      return
    }
    const half = body.subarray(0, Math.floor(body.length / 2))
    if (this.faults.truncate === 'abort') {
      res.writeHead(status, { ...headers, 'Content-Length': String(body.length) })
      res.write(half, () => res.destroy())
      return
    }
    if (this.faults.truncate === 'short') body = half
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) }).end(body)
  }

  private blobUrl(entry: CacheEntry): string {
    return `${this.url.replace(/\/$/, '')}${BLOB_PREFIX}entry-${entry.id}?sv=2024-01-01&sig=loopback`
  }

  private sleep(ms: number): Promise<void> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }
}

// Helpers for tests of src/cache against this server.

/** Points @actions/cache at `server` (it reads these at call time); returns the undo. */
export function useCacheEnv(server: CacheServer, root: string): () => void {
  const env = server.env(path.join(root, 'runner-temp'), path.join(root, 'workspace'))
  const names = [...Object.keys(env), 'ACTIONS_CACHE_URL', 'ACTIONS_CACHE_MODE', 'GITHUB_SERVER_URL']
  const saved = new Map(names.map(name => [name, process.env[name]]))
  for (const name of names) Reflect.deleteProperty(process.env, name)
  Object.assign(process.env, env)
  mkdirSync(env['RUNNER_TEMP']!, { recursive: true })
  mkdirSync(env['GITHUB_WORKSPACE']!, { recursive: true })
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, name)
      else process.env[name] = value
    }
  }
}

/** Cache keys for a test: the name is the user prefix, so tests never match each other's entries. */
export function keysFor(name: string, lockfile = 'lock'): CacheKeys {
  return computeCacheKeys({
    os: 'linux',
    arch: 'x64',
    prefix: name,
    dockerfile: 'FROM build-lab/busybox:local\nRUN echo hi\n',
    dockerignore: null,
    lockfiles: [{ path: 'package-lock.json', content: lockfile }],
    buildArgs: {}
  })
}

export interface RecordedLines {
  info: string[]
  warning: string[]
  debug: string[]
}

export function recordingLogger(): { logger: CacheLogger; lines: RecordedLines } {
  const lines: RecordedLines = { info: [], warning: [], debug: [] }
  return {
    lines,
    logger: {
      info: m => void lines.info.push(m),
      warning: m => void lines.warning.push(m),
      debug: m => void lines.debug.push(m)
    }
  }
}

/** Holds back everything written to stdout (workflow commands included) and hands the lines over. */
export function captureStdout(): { start(): void; stop(): string[] } {
  let lines: string[] = []
  let original: typeof process.stdout.write | null = null
  return {
    start() {
      lines = []
      original = process.stdout.write
      process.stdout.write = (chunk: string | Uint8Array): boolean => {
        lines.push(
          ...String(chunk)
            .split(/\r?\n/)
            .filter(l => l !== '')
        )
        return true
      }
    },
    stop() {
      if (original !== null) process.stdout.write = original
      original = null
      return lines
    }
  }
}

/**
 * Writes a small BuildKit-style local cache (oci-layout, index.json, a cache manifest list, a
 * cache config and one incompressible 256 KiB layer); returns the layer's hex digest.
 */
export async function writeFakeCache(dir: string, seed: string): Promise<string> {
  const blobs = path.join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const put = async (
    data: Buffer,
    mediaType: string
  ): Promise<{ mediaType: string; digest: string; size: number }> => {
    const hex = createHash('sha256').update(data).digest('hex')
    await writeFile(path.join(blobs, hex), data)
    return { mediaType, digest: `sha256:${hex}`, size: data.length }
  }
  const chunks: Buffer[] = []
  for (let i = 0; chunks.length * 32 < 256 * 1024; i++)
    chunks.push(createHash('sha256').update(`${seed}:${i}`).digest())
  const layer = await put(Buffer.concat(chunks), 'application/vnd.oci.image.layer.v1.tar+gzip')
  const config = await put(
    Buffer.from(
      JSON.stringify({ layers: [{ blob: layer.digest, parent: -1 }], records: [{ digest: layer.digest }] })
    ),
    'application/vnd.buildkit.cacheconfig.v0'
  )
  const list = await put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [layer, config]
      })
    ),
    'application/vnd.oci.image.index.v1+json'
  )
  const index = {
    schemaVersion: 2,
    manifests: [{ ...list, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }]
  }
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index))
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  return layer.digest.slice('sha256:'.length)
}
