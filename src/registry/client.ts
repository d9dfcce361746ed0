// An OCI distribution-spec client: resolves tags to digests, reads manifests and config blobs, with token/basic auth and bounds.
import { createHash } from 'node:crypto'
import { BuildLabError, ExitCode, errorMessage } from '../core/errors.js'
import { isRecord } from '../core/json.js'
import { formatBytes } from '../core/report/format.js'
import {
  basicAuthorization,
  type Challenge,
  type Credential,
  parseChallenge,
  pullScope,
  tokenFromAnswer,
  tokenUrl
} from '../core/registry/auth.js'
import {
  type Descriptor,
  type ImageConfigSummary,
  indexPlatforms,
  MANIFEST_ACCEPT,
  type Manifest,
  parseImageConfig,
  parseManifest,
  parsePlatform,
  type Platform,
  platformString,
  samePlatform,
  selectPlatform
} from '../core/registry/manifest.js'
import {
  digestFirst,
  type ImageReference,
  isDigest,
  isLoopbackHost,
  registryBaseUrl,
  tagFirst,
  tryParseReference
} from '../core/registry/reference.js'
import { type CredentialLookup, dockerCredentials } from './credentials.js'

export type RegistryErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'denied'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'protocol'
  | 'too-large'
  | 'invalid-reference'

/** A registry failure: one line that names the registry and what to do; exit 2. */
export class RegistryError extends BuildLabError {
  readonly kind: RegistryErrorKind
  readonly status: number | null

  constructor(kind: RegistryErrorKind, message: string, status: number | null = null) {
    super(message, { exitCode: ExitCode.Error })
    this.name = 'RegistryError'
    this.kind = kind
    this.status = status
  }
}

export interface RegistryClientOptions {
  /** Default: the docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`) and its helpers. */
  credentials?: CredentialLookup
  /** Per request, headers and body; default 15 s. */
  timeoutMs?: number
  /** Default 4 MiB (distribution's own limit for a manifest). */
  maxManifestBytes?: number
  /** Config blobs; default 8 MiB. */
  maxConfigBytes?: number
}

export interface ResolvedDigest {
  /** The digest the tag points at: the index digest for a multi-platform tag. */
  digest: string
  mediaType: string
  /** The platforms of an index, when it was read (a platform was asked for); null otherwise. */
  platforms: string[] | null
  /** With a platform: that platform's image manifest digest (the tag's own digest for a single image). */
  platformDigest: string | null
}

export interface FetchedManifest {
  digest: string
  mediaType: string
  manifest: Manifest
}

export interface FetchedConfig extends ImageConfigSummary {
  /** The image manifest the config belongs to (one platform's, for an index). */
  manifestDigest: string
  configDigest: string
}

export interface RegistryClient {
  resolveDigest(ref: string | ImageReference, options?: { platform?: string }): Promise<ResolvedDigest>
  /** The manifest at `reference` (default: the digest when pinned, else the tag), its digest checked. */
  fetchManifest(ref: string | ImageReference, reference?: string): Promise<FetchedManifest>
  /** The image config (for `created`); an index is narrowed to the platform, linux/amd64 or the first by default. */
  fetchConfig(ref: string | ImageReference, options?: { platform?: string }): Promise<FetchedConfig>
  /** Whether anything answers HTTP at the host's /v2/ (any status counts: 401 means it is there). */
  ping(host: string, options?: { schemes?: readonly ('https' | 'http')[] }): Promise<PingResult>
}

export type PingResult = { ok: true } | { ok: false; reason: string }

const DEFAULT_TIMEOUT_MS = 15_000
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_CONFIG_BYTES = 8 * 1024 * 1024
const MAX_TOKEN_BYTES = 1024 * 1024
const USER_AGENT = 'build-lab (+https://github.com/build-lab/build-lab)'

/** The reference as the messages show it: its name, tag and digest as they are now. */
function label(ref: ImageReference): string {
  return `${ref.name}${ref.tag === null ? '' : `:${ref.tag}`}${ref.digest === null ? '' : `@${ref.digest}`}`
}

/** The reference parsed; an invalid one is a RegistryError of kind invalid-reference. */
export function toReference(ref: string | ImageReference): ImageReference {
  if (typeof ref !== 'string') return ref
  const parsed = tryParseReference(ref)
  if (typeof parsed === 'string') {
    throw new RegistryError('invalid-reference', `${JSON.stringify(ref.slice(0, 200))}: ${parsed}`)
  }
  return parsed
}

function wantedPlatform(text: string | undefined): Platform | null {
  if (text === undefined) return null
  const p = parsePlatform(text)
  if (typeof p === 'string') throw new BuildLabError(p)
  return p
}

function sha256(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`
}

/**
 * The socket error under undici's "fetch failed", as a short code. Read by shape, not instanceof:
 * fetch's errors may come from another realm (a VM context, a test runner).
 */
function networkReason(error: unknown): string {
  const cause = field(error, 'cause')
  const code = field(cause, 'code')
  if (typeof code === 'string') return code
  const message = field(cause, 'message')
  if (typeof message === 'string') return message.slice(0, 120)
  return errorMessage(error).slice(0, 120)
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

function isTimeout(error: unknown): boolean {
  const name = field(error, 'name')
  return name === 'TimeoutError' || name === 'AbortError'
}

/** The registry's error code from its JSON body (`MANIFEST_UNKNOWN`), only when it looks like one. */
function errorCode(body: Buffer): string | null {
  try {
    const json: unknown = JSON.parse(body.toString('utf8'))
    const errors =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>)['errors'] : null
    const first: unknown = Array.isArray(errors) ? errors[0] : null
    const code =
      typeof first === 'object' && first !== null ? (first as Record<string, unknown>)['code'] : null
    return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : null
  } catch {
    return null
  }
}

interface Answer {
  status: number
  statusText: string
  headers: Headers
  body: Buffer
}

/** What a request is for, to word its errors: `tag 22 of library/node`. */
interface Subject {
  ref: ImageReference
  what: string
}

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const credentials = options.credentials ?? dockerCredentials()
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxManifest = options.maxManifestBytes ?? MAX_MANIFEST_BYTES
  const maxConfig = options.maxConfigBytes ?? MAX_CONFIG_BYTES
  // Authorization per host and repository: a token's scope is one repository.
  const authorizations = new Map<string, string>()
  const seconds = `${Math.round(timeoutMs / 1000)} s`

  async function readBounded(
    response: Response,
    max: number,
    subject: Subject,
    host: string
  ): Promise<Buffer> {
    const length = Number(response.headers.get('content-length') ?? 'NaN')
    if (Number.isFinite(length) && length > max) {
      await response.body?.cancel()
      throw tooLarge(subject, host, max)
    }
    if (response.body === null) return Buffer.alloc(0)
    const chunks: Buffer[] = []
    let total = 0
    const reader = response.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > max) {
        await reader.cancel()
        throw tooLarge(subject, host, max)
      }
      chunks.push(Buffer.from(value))
    }
    return Buffer.concat(chunks)
  }

  function tooLarge(subject: Subject, host: string, max: number): RegistryError {
    return new RegistryError(
      'too-large',
      `registry ${host} sent more than ${formatBytes(max)} for ${subject.what}: refusing to read it`
    )
  }

  /** One HTTP exchange with a time bound over headers and body; network failures become one line. */
  async function exchange(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    max: number,
    subject: Subject,
    host: string
  ): Promise<Answer> {
    const signal = AbortSignal.timeout(timeoutMs)
    try {
      const response = await fetch(url, { ...init, signal, redirect: 'follow' })
      const body = init.method === 'HEAD' ? Buffer.alloc(0) : await readBounded(response, max, subject, host)
      return { status: response.status, statusText: response.statusText, headers: response.headers, body }
    } catch (error) {
      if (error instanceof RegistryError) throw error
      if (isTimeout(error) || signal.aborted) {
        throw new RegistryError(
          'timeout',
          `registry ${host} did not answer within ${seconds} for ${subject.what}: check the network, or try again`
        )
      }
      throw new RegistryError(
        'unreachable',
        `registry ${host} is unreachable (${networkReason(error)}) for ${subject.what}: check that it runs and that the address is right`
      )
    }
  }

  async function token(
    subject: Subject,
    challenge: Challenge,
    credential: Credential | null
  ): Promise<string> {
    const { ref } = subject
    let url: string
    try {
      url = tokenUrl(challenge, pullScope(ref.repository), isLoopbackHost(ref.host))
    } catch (error) {
      throw new RegistryError('protocol', `registry ${ref.host}: ${errorMessage(error)}`)
    }
    const realmHost = new URL(url).host
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: 'application/json' }
    let answer: Answer
    if (credential !== null && 'identityToken' in credential) {
      // An identity token is an OAuth refresh token: exchanged by POST, as docker does.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.identityToken,
        client_id: 'build-lab',
        service: challenge.params['service'] ?? '',
        scope: challenge.params['scope'] ?? pullScope(ref.repository)
      })
      const realm = new URL(url)
      realm.search = ''
      answer = await exchange(
        realm.toString(),
        {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form.toString()
        },
        MAX_TOKEN_BYTES,
        subject,
        realmHost
      )
    } else {
      if (credential !== null) headers['Authorization'] = basicAuthorization(credential)
      answer = await exchange(url, { method: 'GET', headers }, MAX_TOKEN_BYTES, subject, realmHost)
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new RegistryError(
        'unauthorized',
        `the token service ${realmHost} refused ${credential === null ? 'anonymous access' : 'the credentials from the docker config'} to ${ref.repository} (${answer.status}): ${loginHint(ref)}`,
        answer.status
      )
    }
    if (answer.status < 200 || answer.status > 299) {
      throw new RegistryError(
        answer.status >= 500 ? 'server' : 'protocol',
        `the token service ${realmHost} answered ${answer.status} for ${ref.repository}: try again later`,
        answer.status
      )
    }
    const value = tokenFromAnswer(answer.body.toString('utf8'))
    if (value === null) {
      throw new RegistryError(
        'protocol',
        `the token service ${realmHost} answered without a token for ${ref.repository}`
      )
    }
    return `Bearer ${value}`
  }

  function loginHint(ref: ImageReference): string {
    return `run \`docker login ${ref.registry}\`, or add credentials for it to the docker config (DOCKER_CONFIG or ~/.docker/config.json)`
  }

  /** The Authorization header that answers a 401's challenge, or null when there is none to give. */
  async function authorize(
    subject: Subject,
    challenge: Challenge | null
  ): Promise<{ header: string | null; credentialed: boolean }> {
    if (challenge === null) return { header: null, credentialed: false }
    const credential = await credentials(subject.ref.registry)
    if (challenge.scheme === 'basic') {
      return credential !== null && 'username' in credential
        ? { header: basicAuthorization(credential), credentialed: true }
        : { header: null, credentialed: false }
    }
    return { header: await token(subject, challenge, credential), credentialed: credential !== null }
  }

  async function request(
    subject: Subject,
    method: 'GET' | 'HEAD',
    tail: string,
    accept: string,
    max: number
  ): Promise<Answer> {
    const { ref } = subject
    const url = `${registryBaseUrl(ref.host)}/v2/${ref.repository}/${tail}`
    const key = `${ref.host}/${ref.repository}`
    const headers = (): Record<string, string> => {
      const h: Record<string, string> = { Accept: accept, 'User-Agent': USER_AGENT }
      const auth = authorizations.get(key)
      if (auth !== undefined) h['Authorization'] = auth
      return h
    }
    let answer = await exchange(url, { method, headers: headers() }, max, subject, ref.host)
    let anonymous = !authorizations.has(key)
    if (answer.status === 401) {
      const auth = await authorize(subject, parseChallenge(answer.headers.get('www-authenticate')))
      anonymous = !auth.credentialed
      if (auth.header !== null) {
        authorizations.set(key, auth.header)
        answer = await exchange(url, { method, headers: headers() }, max, subject, ref.host)
      }
    }
    if (answer.status >= 200 && answer.status <= 299) return answer
    const code = errorCode(answer.body)
    const status = `${answer.status}${code === null ? '' : ` ${code}`}`
    switch (true) {
      case answer.status === 401:
        throw new RegistryError(
          'unauthorized',
          `registry ${ref.host} refused ${anonymous ? 'anonymous access' : 'the credentials'} to ${subject.what} (${status}): ${loginHint(ref)}`,
          401
        )
      case answer.status === 403:
        throw new RegistryError(
          'denied',
          `registry ${ref.host} denied access to ${subject.what} (${status}): the credentials lack pull access to ${ref.repository}`,
          403
        )
      case answer.status === 404:
        throw new RegistryError(
          'not-found',
          `${subject.what} not found on registry ${ref.host} (${status}): check the name and tag, or push it`,
          404
        )
      case answer.status === 429:
        throw new RegistryError(
          'rate-limited',
          `registry ${ref.host} rate-limited the request for ${subject.what} (429): wait and retry, or log in for a higher limit`,
          429
        )
      case answer.status >= 500:
        throw new RegistryError(
          'server',
          `registry ${ref.host} failed with ${answer.status} ${answer.statusText.replace(/[^\x20-\x7e]/g, '').slice(0, 60)} for ${subject.what}: the registry is having trouble; try again later`.replace(
            / {2,}/g,
            ' '
          ),
          answer.status
        )
      default:
        throw new RegistryError(
          'protocol',
          `registry ${ref.host} answered ${status} for ${subject.what}: not a registry API answer this tool understands`,
          answer.status
        )
    }
  }

  function describe(ref: ImageReference, reference: string): string {
    return isDigest(reference) ? `manifest ${reference} of ${ref.name}` : `tag ${reference} of ${ref.name}`
  }

  async function getManifest(ref: ImageReference, reference: string): Promise<FetchedManifest> {
    const subject = { ref, what: describe(ref, reference) }
    const answer = await request(subject, 'GET', `manifests/${reference}`, MANIFEST_ACCEPT, maxManifest)
    const digest = sha256(answer.body)
    const claimed = answer.headers.get('docker-content-digest')
    if (
      (isDigest(reference) && reference !== digest) ||
      (claimed !== null && claimed.startsWith('sha256:') && claimed !== digest)
    ) {
      throw new RegistryError(
        'protocol',
        `registry ${ref.host} sent a manifest for ${subject.what} whose content does not match its digest: refusing it`
      )
    }
    const manifest = parseManifest(answer.body.toString('utf8'), answer.headers.get('content-type'))
    if (typeof manifest === 'string') {
      throw new RegistryError(
        'protocol',
        `registry ${ref.host} sent an unreadable manifest for ${subject.what}: ${manifest}`
      )
    }
    return { digest, mediaType: manifest.mediaType, manifest }
  }

  async function getConfig(
    ref: ImageReference,
    manifestDigest: string,
    config: Descriptor
  ): Promise<FetchedConfig> {
    const subject = { ref, what: `the config blob of ${ref.name}@${manifestDigest}` }
    const answer = await request(subject, 'GET', `blobs/${config.digest}`, '*/*', maxConfig)
    if (sha256(answer.body) !== config.digest) {
      throw new RegistryError(
        'protocol',
        `registry ${ref.host} sent ${subject.what} with content that does not match its digest`
      )
    }
    const summary = parseImageConfig(answer.body.toString('utf8'))
    if (typeof summary === 'string') {
      throw new RegistryError(
        'protocol',
        `registry ${ref.host} sent an unreadable image config for ${ref.name}: ${summary}`
      )
    }
    return { ...summary, manifestDigest, configDigest: config.digest }
  }

  /** An index narrowed to one platform's image manifest; a missing platform is a one-line error listing those there are. */
  async function narrow(
    ref: ImageReference,
    fetched: FetchedManifest,
    want: Platform | null
  ): Promise<FetchedManifest> {
    if (fetched.manifest.kind !== 'index') return fetched
    const entry = selectPlatform(fetched.manifest.manifests, want)
    if (entry === null) {
      const offered = indexPlatforms(fetched.manifest.manifests)
      throw new RegistryError(
        'not-found',
        `${label(ref)} has no ${want === null ? 'image' : platformString(want)} manifest (it offers ${offered.length === 0 ? 'none' : offered.join(', ')}): pick one of those with --platform`
      )
    }
    return getManifest(ref, entry.digest)
  }

  /** HEAD first (Docker Hub does not count it as a pull); null from a registry that does not allow HEAD (405). */
  async function headManifest(subject: Subject, reference: string): Promise<Answer | null> {
    try {
      return await request(subject, 'HEAD', `manifests/${reference}`, MANIFEST_ACCEPT, maxManifest)
    } catch (error) {
      if (error instanceof RegistryError && error.status === 405) return null
      throw error
    }
  }

  const client: RegistryClient = {
    async resolveDigest(input, opts = {}) {
      const ref = toReference(input)
      const want = wantedPlatform(opts.platform)
      const reference = tagFirst(ref)
      const subject = { ref, what: describe(ref, reference) }
      const head = await headManifest(subject, reference)
      const claimed = head?.headers.get('docker-content-digest') ?? null
      const headType = head?.headers.get('content-type')?.split(';')[0]?.trim() ?? ''
      if (claimed !== null && isDigest(claimed) && want === null && headType !== '') {
        return { digest: claimed, mediaType: headType, platforms: null, platformDigest: null }
      }
      // No digest header, or a platform to check: read the manifest itself (and keep its digest, verified).
      const fetched = await getManifest(ref, claimed !== null && isDigest(claimed) ? claimed : reference)
      if (want === null)
        return { digest: fetched.digest, mediaType: fetched.mediaType, platforms: null, platformDigest: null }
      if (fetched.manifest.kind === 'index') {
        const platforms = indexPlatforms(fetched.manifest.manifests)
        const entry = selectPlatform(fetched.manifest.manifests, want)
        if (entry === null) {
          throw new RegistryError(
            'not-found',
            `${label(ref)} has no ${platformString(want)} image (it offers ${platforms.length === 0 ? 'none' : platforms.join(', ')}): check --platform`
          )
        }
        return {
          digest: fetched.digest,
          mediaType: fetched.mediaType,
          platforms,
          platformDigest: entry.digest
        }
      }
      // A single-platform image: its config says which platform it is.
      const config = await getConfig(ref, fetched.digest, fetched.manifest.config)
      if (config.platform !== null && !samePlatform(config.platform, want)) {
        throw new RegistryError(
          'not-found',
          `${label(ref)} is a single ${platformString(config.platform)} image, not ${platformString(want)}: check --platform`
        )
      }
      const platforms = config.platform === null ? [] : [platformString(config.platform)]
      return {
        digest: fetched.digest,
        mediaType: fetched.mediaType,
        platforms,
        platformDigest: fetched.digest
      }
    },

    async fetchManifest(input, reference) {
      const ref = toReference(input)
      return getManifest(ref, reference ?? digestFirst(ref))
    },

    async fetchConfig(input, opts = {}) {
      const ref = toReference(input)
      const want = wantedPlatform(opts.platform)
      const image = await narrow(ref, await getManifest(ref, digestFirst(ref)), want)
      if (image.manifest.kind !== 'image') {
        throw new RegistryError(
          'protocol',
          `registry ${ref.host} sent an index where an image manifest was expected for ${ref.name}`
        )
      }
      return getConfig(ref, image.digest, image.manifest.config)
    },

    async ping(host, opts = {}) {
      const schemes = opts.schemes ?? [isLoopbackHost(host) ? 'http' : 'https']
      const reasons: string[] = []
      for (const scheme of schemes) {
        try {
          const response = await fetch(`${scheme}://${host}/v2/`, {
            method: 'GET',
            headers: { 'User-Agent': USER_AGENT },
            signal: AbortSignal.timeout(timeoutMs)
          })
          await response.body?.cancel()
          return { ok: true }
        } catch (error) {
          reasons.push(
            `${scheme}: ${isTimeout(error) ? `no answer within ${seconds}` : networkReason(error)}`
          )
        }
      }
      return { ok: false, reason: reasons.join('; ') }
    }
  }
  return client
}

let shared: RegistryClient | null = null

function defaultClient(): RegistryClient {
  shared ??= createRegistryClient()
  return shared
}

/** The digest a tag points at now (the index digest for a multi-platform tag); with a platform, checked to exist. */
export function resolveDigest(
  ref: string | ImageReference,
  options: { platform?: string } = {}
): Promise<ResolvedDigest> {
  return defaultClient().resolveDigest(ref, options)
}

export function fetchManifest(ref: string | ImageReference, reference?: string): Promise<FetchedManifest> {
  return defaultClient().fetchManifest(ref, reference)
}

export function fetchConfig(
  ref: string | ImageReference,
  options: { platform?: string } = {}
): Promise<FetchedConfig> {
  return defaultClient().fetchConfig(ref, options)
}
