// The registry cache's one HTTP client (OCI distribution): is the registry up, does a tag exist, an image's config.
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { errorMessage } from '../core/errors.js'
import { splitImage } from '../core/lint/images.js'

/** An image or cache reference, split as Docker reads it. */
export interface RepositoryRef {
  host: string
  /** e.g. `owner/app`; Docker Hub's official images get `library/` */
  repository: string
  /** the tag or the digest; null when the reference names neither */
  reference: string | null
}

export type ManifestState =
  | { state: 'present'; digest: string | null }
  | { state: 'absent' }
  /** the registry answered but would not say (401/403 after the token dance, 5xx) */
  | { state: 'unknown'; reason: string }

export type PingResult = { ok: true } | { ok: false; reason: string }

export interface RegistryClient {
  /** Whether anything answers HTTP at the registry: any status counts (401 from ghcr.io included). */
  ping(host: string): Promise<PingResult>
  /** HEAD on the manifest: does the tag exist, and its digest. Never throws: a dead registry is `unknown`. */
  manifest(ref: RepositoryRef): Promise<ManifestState>
  /** The image's config JSON (for a multi-platform index, the config of `platform`'s manifest). */
  imageConfig(
    ref: RepositoryRef,
    platform: string
  ): Promise<{ config: Record<string, unknown> } | { error: string }>
}

export interface RegistryClientOptions {
  /** Per request; default 5 s. */
  timeoutMs?: number
  /** Where config.json holds `auths` (docker login); default $DOCKER_CONFIG or ~/.docker. */
  dockerConfigDir?: string | null
}

const DEFAULT_TIMEOUT_MS = 5_000
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_CONFIG_BYTES = 32 * 1024 * 1024
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

/**
 * The registry host of an image reference, as Docker reads it: the first path component when it
 * has a dot or a port or is `localhost`, else Docker Hub.
 */
export function registryHost(ref: string): string {
  return parseRepositoryRef(ref).host
}

export function parseRepositoryRef(ref: string): RepositoryRef {
  const { name, tag, digest } = splitImage(ref.trim())
  const slash = name.indexOf('/')
  const first = slash === -1 ? '' : name.slice(0, slash)
  const explicit = first.includes('.') || first.includes(':') || first === 'localhost'
  let host = explicit ? first : 'registry-1.docker.io'
  if (host === 'docker.io' || host === 'index.docker.io') host = 'registry-1.docker.io'
  let repository = explicit ? name.slice(slash + 1) : name
  if (host === 'registry-1.docker.io' && !repository.includes('/')) repository = `library/${repository}`
  return { host, repository, reference: digest ?? tag }
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return name === 'localhost' || name === '::1' || /^127\./.test(name)
}

/**
 * undici hides the socket error under `cause` ("fetch failed" alone says nothing), sometimes as an
 * AggregateError of one error per address. Read by shape: errors from another realm fail `instanceof`.
 */
export function causeOf(error: unknown): string {
  const field = (value: unknown, name: string): unknown =>
    typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined
  const describe = (value: unknown): string | null => {
    const code = field(value, 'code')
    if (typeof code === 'string') return code
    const inner = field(value, 'errors')
    if (Array.isArray(inner) && inner.length > 0) return describe(inner[0])
    const message = field(value, 'message')
    return typeof message === 'string' && message !== '' ? message : null
  }
  return describe(field(error, 'cause')) ?? errorMessage(error)
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? '0')
  if (length > maxBytes) throw new Error(`the body is ${length} bytes, over the ${maxBytes}-byte limit`)
  if (response.body === null) return ''
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of response.body) {
    total += chunk.byteLength
    if (total > maxBytes) throw new Error(`the body is over the ${maxBytes}-byte limit`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${what} is not JSON (${errorMessage(error)})`, { cause: error })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${what} is not an object`)
  return value as Record<string, unknown>
}

/** `Bearer realm="...",service="...",scope="..."` → its fields; null for another scheme. */
export function parseChallenge(
  header: string | null
): { scheme: string; params: Record<string, string> } | null {
  if (header === null) return null
  const m = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!m) return null
  const params: Record<string, string> = {}
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!.toLowerCase()] = p[2]!
  return { scheme: m[1]!.toLowerCase(), params }
}

/** `auths[host].auth` from docker's config.json (what docker/login-action writes), or null. */
async function basicAuth(dir: string | null, host: string): Promise<string | null> {
  if (dir === null) return null
  try {
    const config = parseJsonObject(await readFile(path.join(dir, 'config.json'), 'utf8'), 'config.json')
    const auths = config['auths']
    if (typeof auths !== 'object' || auths === null) return null
    const names =
      host === 'registry-1.docker.io'
        ? ['https://index.docker.io/v1/', 'docker.io', host]
        : [host, `https://${host}`]
    for (const name of names) {
      const entry = (auths as Record<string, unknown>)[name]
      const auth =
        typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['auth'] : null
      if (typeof auth === 'string' && auth !== '') return auth
    }
  } catch {
    // no config, or not ours to read: anonymous
  }
  return null
}

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const configDir =
    options.dockerConfigDir === undefined
      ? (process.env['DOCKER_CONFIG'] ??
        (process.env['HOME'] ? path.join(process.env['HOME'], '.docker') : null))
      : options.dockerConfigDir
  const schemes = new Map<string, string>()
  const tokens = new Map<string, string>()

  async function ping(host: string): Promise<PingResult> {
    const reasons: string[] = []
    // BuildKit falls back to http for loopback and insecure registries: so does this probe.
    for (const scheme of ['https', 'http']) {
      try {
        await fetch(`${scheme}://${host}/v2/`, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) })
        schemes.set(host, scheme)
        return { ok: true }
      } catch (error) {
        reasons.push(`${scheme}: ${causeOf(error)}`)
      }
    }
    return { ok: false, reason: reasons.join('; ') }
  }

  /** A request with the registry's auth: on 401, one token (or basic) round, then the request again. */
  async function request(
    ref: RepositoryRef,
    urlPath: string,
    init: { method: string; accept: string }
  ): Promise<Response> {
    if (!schemes.has(ref.host)) {
      const up = await ping(ref.host)
      if (!up.ok) throw new Error(up.reason)
    }
    const url = `${schemes.get(ref.host)}://${ref.host}/v2/${ref.repository}/${urlPath}`
    const send = (authorization: string | null): Promise<Response> =>
      fetch(url, {
        method: init.method,
        headers: { accept: init.accept, ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(timeoutMs)
      })
    const key = `${ref.host}/${ref.repository}`
    const cached = tokens.get(key) ?? null
    const first = await send(cached)
    if (first.status !== 401) return first
    await first.body?.cancel()
    const authorization = await authorize(ref, parseChallenge(first.headers.get('www-authenticate')))
    if (authorization === null) return first
    tokens.set(key, authorization)
    return send(authorization)
  }

  async function authorize(
    ref: RepositoryRef,
    challenge: { scheme: string; params: Record<string, string> } | null
  ): Promise<string | null> {
    const basic = await basicAuth(configDir, ref.host)
    if (challenge?.scheme === 'basic') return basic === null ? null : `Basic ${basic}`
    const realm = challenge?.params['realm']
    if (challenge?.scheme !== 'bearer' || realm === undefined) return null
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      return null
    }
    // Credentials go only over https, or to a loopback token server.
    const sendBasic = basic !== null && (url.protocol === 'https:' || isLoopback(url.host))
    if (challenge.params['service']) url.searchParams.set('service', challenge.params['service'])
    url.searchParams.set('scope', `repository:${ref.repository}:pull`)
    const response = await fetch(url, {
      headers: sendBasic ? { authorization: `Basic ${basic}` } : {},
      signal: AbortSignal.timeout(timeoutMs)
    })
    if (!response.ok) {
      await response.body?.cancel()
      return null
    }
    const body = parseJsonObject(await readCapped(response, 1024 * 1024), 'the token answer')
    const token = body['token'] ?? body['access_token']
    return typeof token === 'string' && token !== '' ? `Bearer ${token}` : null
  }

  async function manifest(ref: RepositoryRef): Promise<ManifestState> {
    if (ref.reference === null) return { state: 'unknown', reason: 'the reference names no tag' }
    try {
      const response = await request(ref, `manifests/${ref.reference}`, {
        method: 'HEAD',
        accept: MANIFEST_TYPES
      })
      if (response.status === 404) return { state: 'absent' }
      if (response.ok) return { state: 'present', digest: response.headers.get('docker-content-digest') }
      return { state: 'unknown', reason: `HTTP ${response.status} for ${ref.repository}:${ref.reference}` }
    } catch (error) {
      return { state: 'unknown', reason: causeOf(error) }
    }
  }

  async function getJson(
    ref: RepositoryRef,
    urlPath: string,
    accept: string,
    max: number
  ): Promise<Record<string, unknown>> {
    const response = await request(ref, urlPath, { method: 'GET', accept })
    if (!response.ok) {
      await response.body?.cancel()
      throw new Error(`HTTP ${response.status} for ${urlPath}`)
    }
    return parseJsonObject(await readCapped(response, max), urlPath)
  }

  async function imageConfig(
    ref: RepositoryRef,
    platform: string
  ): Promise<{ config: Record<string, unknown> } | { error: string }> {
    try {
      let manifestJson = await getJson(
        ref,
        `manifests/${ref.reference ?? 'latest'}`,
        MANIFEST_TYPES,
        MAX_MANIFEST_BYTES
      )
      const list = manifestJson['manifests']
      if (Array.isArray(list)) {
        const digest = pickPlatform(list, platform)
        if (digest === null) return { error: `no ${platform} image in the index` }
        manifestJson = await getJson(ref, `manifests/${digest}`, MANIFEST_TYPES, MAX_MANIFEST_BYTES)
      }
      const config = manifestJson['config']
      const digest =
        typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['digest'] : null
      if (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        return { error: 'the manifest names no config blob' }
      }
      return { config: await getJson(ref, `blobs/${digest}`, '*/*', MAX_CONFIG_BYTES) }
    } catch (error) {
      return { error: causeOf(error) }
    }
  }

  return { ping, manifest, imageConfig }
}

/** The digest of the index entry for `os/arch[/variant]`, skipping attestation manifests. */
function pickPlatform(list: unknown[], platform: string): string | null {
  const [os, arch, variant] = platform.split('/')
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue
    const e = entry as Record<string, unknown>
    const p = e['platform']
    if (typeof p !== 'object' || p === null) continue
    const fields = p as Record<string, unknown>
    if (fields['os'] !== os || fields['architecture'] !== arch) continue
    if (variant !== undefined && fields['variant'] !== undefined && fields['variant'] !== variant) continue
    if (typeof e['digest'] === 'string') return e['digest']
  }
  return null
}
