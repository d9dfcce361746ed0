// A loopback Actions artifact service v2 (twirp JSON + Azure-Blob-like storage) for @actions/artifact.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { azureError, parseJson, putBlob, readBody, send, sendJson, stringField } from './loopback-http.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const BLOB_PREFIX = '/devstoreaccount1/artifacts/'

export interface ArtifactServerFaults {
  /** Answer every twirp call with this status (401 fails at once; 5xx makes the client retry with backoff). */
  twirpStatus: number | null
  /** Answer every blob GET/PUT with this status. */
  blobStatus: number | null
}

export interface ArtifactServerRequest {
  method: string
  path: string
  rpc: string | null
  status: number
  body: Record<string, unknown> | null
  headers: Record<string, string>
}

export interface StoredArtifactEntry {
  id: number
  runId: string
  jobId: string
  name: string
  finalized: boolean
  size: number
  hash: string | null
  data: Buffer
  blocks: Map<string, Buffer>
  createdAt: Date
}

/** An unsigned JWT whose scp claim carries the backend ids @actions/artifact reads. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const claims = { scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` }
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`
}

export class ArtifactServer {
  readonly requests: ArtifactServerRequest[] = []
  readonly artifacts: StoredArtifactEntry[] = []
  private faults: ArtifactServerFaults = { twirpStatus: null, blobStatus: null }
  private server: Server | null = null
  private port = 0
  private nextId = 1
  private readonly sockets = new Set<Socket>()

  /** The base URL, as ACTIONS_RESULTS_URL wants it. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`
  }

  /** The environment @actions/artifact needs, for one job of one workflow run. */
  env(runBackendId: string, jobBackendId: string): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runBackendId, jobBackendId),
      // Not loopback: a GITHUB_SERVER_URL on another host makes the client think it runs on GHES.
      GITHUB_SERVER_URL: 'https://github.com'
    }
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res))
    server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        if (address !== null && typeof address === 'object') this.port = address.port
        resolve()
      })
    })
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
    if (server !== null) await new Promise<void>(resolve => server.close(() => resolve()))
  }

  setFault(faults: Partial<ArtifactServerFaults>): void {
    this.faults = { ...this.faults, ...faults }
  }

  /** Twirp calls made so far, by method name. */
  calls(rpc: string): ArtifactServerRequest[] {
    return this.requests.filter(r => r.rpc === rpc)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const body = await readBody(req)
    const isTwirp = url.pathname.startsWith(TWIRP_PREFIX)
    const record: ArtifactServerRequest = {
      method: req.method ?? '',
      path: url.pathname + url.search,
      rpc: isTwirp ? url.pathname.slice(TWIRP_PREFIX.length) : null,
      status: 0,
      body: null,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])
      )
    }
    this.requests.push(record)
    if (isTwirp) {
      record.body = parseJson(body)
      this.twirp(record, res)
    } else if (url.pathname.startsWith(BLOB_PREFIX)) {
      this.blob(record, url, req, body, res)
    } else {
      send(record, res, 404, 'text/plain', 'not found')
    }
  }

  private twirp(record: ArtifactServerRequest, res: ServerResponse): void {
    if (this.faults.twirpStatus !== null) {
      sendJson(record, res, this.faults.twirpStatus, { code: 'unauthenticated', msg: 'injected fault' })
      return
    }
    if (!/^Bearer .+/.test(record.headers.authorization ?? '')) {
      sendJson(record, res, 401, { code: 'unauthenticated', msg: 'no bearer token' })
      return
    }
    const body = record.body ?? {}
    const runId = stringField(body, 'workflow_run_backend_id')
    const jobId = stringField(body, 'workflow_job_run_backend_id')
    const name = stringField(body, 'name')
    switch (record.rpc) {
      case 'CreateArtifact': {
        if (body.version !== 7) {
          sendJson(record, res, 400, { code: 'invalid_argument', msg: 'unsupported artifact version' })
          return
        }
        if (this.artifacts.some(a => a.runId === runId && a.name === name && a.finalized)) {
          sendJson(record, res, 409, {
            code: 'already_exists',
            msg: `an artifact named ${name} already exists`
          })
          return
        }
        const entry: StoredArtifactEntry = {
          id: this.nextId++,
          runId,
          jobId,
          name,
          finalized: false,
          size: 0,
          hash: null,
          data: Buffer.alloc(0),
          blocks: new Map(),
          createdAt: new Date()
        }
        this.artifacts.push(entry)
        sendJson(record, res, 200, { ok: true, signed_upload_url: this.blobUrl(entry) })
        return
      }
      case 'FinalizeArtifact': {
        const entry = this.artifacts.find(
          a => a.runId === runId && a.jobId === jobId && a.name === name && !a.finalized
        )
        if (entry === undefined) {
          sendJson(record, res, 404, { code: 'not_found', msg: `no artifact ${name} to finalize` })
          return
        }
        entry.finalized = true
        entry.size = Number(body.size ?? entry.data.length)
        entry.hash = typeof body.hash === 'string' ? body.hash : null
        sendJson(record, res, 200, { ok: true, artifact_id: String(entry.id) })
        return
      }
      case 'ListArtifacts': {
        const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : null
        const idFilter =
          typeof body.id_filter === 'string' || typeof body.id_filter === 'number'
            ? String(body.id_filter)
            : null
        // Every job of the run sees every finalized artifact of the run.
        const list = this.artifacts.filter(
          a =>
            a.runId === runId &&
            a.finalized &&
            (nameFilter === null || a.name === nameFilter) &&
            (idFilter === null || String(a.id) === idFilter)
        )
        sendJson(record, res, 200, {
          artifacts: list.map(a => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            ...(a.hash !== null ? { digest: a.hash } : {})
          }))
        })
        return
      }
      case 'GetSignedArtifactURL': {
        const entry = this.artifacts.find(
          a => a.runId === runId && a.jobId === jobId && a.name === name && a.finalized
        )
        if (entry === undefined) {
          sendJson(record, res, 404, { code: 'not_found', msg: `no artifact ${name}` })
          return
        }
        sendJson(record, res, 200, { signed_url: this.blobUrl(entry) })
        return
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex(a => a.runId === runId && a.jobId === jobId && a.name === name)
        if (i < 0) {
          sendJson(record, res, 404, { code: 'not_found', msg: `no artifact ${name}` })
          return
        }
        const [entry] = this.artifacts.splice(i, 1)
        sendJson(record, res, 200, { ok: true, artifact_id: String(entry!.id) })
        return
      }
      default:
        sendJson(record, res, 404, { code: 'bad_route', msg: `no method ${record.rpc ?? ''}` })
    }
  }

  private blob(
    record: ArtifactServerRequest,
    url: URL,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse
  ): void {
    const id = Number(url.pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, ''))
    const entry = this.artifacts.find(a => a.id === id)
    if (entry === undefined || url.searchParams.get('sig') !== 'loopback') {
      send(record, res, 404, 'application/xml', azureError('BlobNotFound'))
      return
    }
    if (this.faults.blobStatus !== null) {
      send(record, res, this.faults.blobStatus, 'application/xml', azureError('InternalError'))
      return
    }
    if (req.method === 'PUT') {
      putBlob(record, req, url, body, entry, res)
    } else if (req.method === 'GET') {
      record.status = 200
      res
        .writeHead(200, {
          'Content-Type': 'application/zip',
          'Content-Length': String(entry.data.length),
          'x-ms-blob-type': 'BlockBlob'
        })
        .end(entry.data)
    } else {
      send(record, res, 405, 'text/plain', 'method not allowed')
    }
  }

  private blobUrl(entry: StoredArtifactEntry): string {
    return `${this.url.replace(/\/$/, '')}${BLOB_PREFIX}${entry.id}.zip?sv=2024-01-01&sig=loopback`
  }
}

/** sha256:<hex> of bytes, as FinalizeArtifact reports the upload's hash. */
export function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}
