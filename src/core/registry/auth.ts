// Registry auth, pure: WWW-Authenticate challenges, token answers, and credentials from a docker config.

export interface Challenge {
  scheme: 'bearer' | 'basic'
  params: Record<string, string>
}

/**
 * The first Bearer or Basic challenge of a WWW-Authenticate header, e.g. Docker Hub's
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"`.
 */
export function parseChallenge(header: string | null): Challenge | null {
  if (header === null) return null
  const match = /^\s*(bearer|basic)\b\s*(.*)$/i.exec(header)
  if (match === null) return null
  const scheme = match[1]!.toLowerCase() === 'bearer' ? 'bearer' : 'basic'
  const params: Record<string, string> = {}
  for (const m of match[2]!.matchAll(/([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')
  }
  return { scheme, params }
}

/** The pull scope for a repository, as the token endpoint expects it. */
export function pullScope(repository: string): string {
  return `repository:${repository}:pull`
}

/**
 * The token endpoint's URL for a Bearer challenge, or a one-line reason. The realm must be http(s);
 * http only when the registry itself is on loopback (a token sent in the clear stays on the machine).
 */
export function tokenUrl(challenge: Challenge, scope: string, registryIsLoopback: boolean): string {
  const realm = challenge.params['realm']
  if (realm === undefined || realm === '')
    throw new Error('the registry asked for a token but named no realm')
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    throw new Error(`the token realm ${JSON.stringify(realm.slice(0, 200))} is not a URL`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && registryIsLoopback)) {
    throw new Error(`the token realm ${url.origin} is not https`)
  }
  const service = challenge.params['service']
  if (service !== undefined) url.searchParams.set('service', service)
  url.searchParams.set('scope', challenge.params['scope'] ?? scope)
  return url.toString()
}

/** The token from a token endpoint's JSON answer (`token`, or OAuth's `access_token`), or null. */
export function tokenFromAnswer(body: string): string | null {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null) return null
  const o = json as Record<string, unknown>
  const token = typeof o['token'] === 'string' ? o['token'] : o['access_token']
  return typeof token === 'string' && token !== '' && !/[\r\n]/.test(token) ? token : null
}

/** Credentials for one registry. `identityToken` is an OAuth refresh token (docker login to some registries). */
export type Credential = { username: string; password: string } | { identityToken: string }

/** Where a docker config says a registry's credentials are. */
export type CredentialSource =
  | { kind: 'inline'; credential: Credential; key: string }
  | { kind: 'helper'; helper: string; serverUrl: string }
  | { kind: 'none' }

/** Docker Hub's key in config.json and for credential helpers. */
const HUB_KEY = 'https://index.docker.io/v1/'
const HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

/** A config key as a bare host: `https://ghcr.io/v1/` → `ghcr.io`. */
function keyHost(key: string): string {
  return key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
}

function decodeAuth(auth: string): { username: string; password: string } | null {
  const text = Buffer.from(auth, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) }
}

/**
 * Where `~/.docker/config.json` keeps credentials for `registry` (as Docker names it, `docker.io`
 * for Docker Hub), following Docker's order: `credHelpers[registry]`, then inline `auths`, then
 * `credsStore`.
 */
export function credentialSource(config: unknown, registry: string): CredentialSource {
  if (typeof config !== 'object' || config === null) return { kind: 'none' }
  const c = config as Record<string, unknown>
  const host = registry.toLowerCase()
  const isHub = HUB_NAMES.has(host)
  const serverUrl = isHub ? HUB_KEY : host
  const matches = (key: string): boolean => (isHub ? HUB_NAMES.has(keyHost(key)) : keyHost(key) === host)
  const helpers = c['credHelpers']
  if (typeof helpers === 'object' && helpers !== null) {
    for (const [key, helper] of Object.entries(helpers)) {
      if (matches(key) && typeof helper === 'string' && /^[A-Za-z0-9_.-]+$/.test(helper)) {
        return { kind: 'helper', helper, serverUrl }
      }
    }
  }
  const auths = c['auths']
  if (typeof auths === 'object' && auths !== null) {
    for (const [key, entry] of Object.entries(auths)) {
      if (!matches(key) || typeof entry !== 'object' || entry === null) continue
      const e = entry as Record<string, unknown>
      if (typeof e['identitytoken'] === 'string' && e['identitytoken'] !== '') {
        return { kind: 'inline', credential: { identityToken: e['identitytoken'] }, key }
      }
      if (typeof e['auth'] === 'string' && e['auth'] !== '') {
        const decoded = decodeAuth(e['auth'])
        if (decoded !== null) return { kind: 'inline', credential: decoded, key }
      }
      if (typeof e['username'] === 'string' && typeof e['password'] === 'string') {
        return { kind: 'inline', credential: { username: e['username'], password: e['password'] }, key }
      }
    }
  }
  const store = c['credsStore']
  if (typeof store === 'string' && /^[A-Za-z0-9_.-]+$/.test(store) && store !== '') {
    return { kind: 'helper', helper: store, serverUrl }
  }
  return { kind: 'none' }
}

/** A credential helper's `get` answer (`{"Username": ..., "Secret": ...}`); `<token>` as the user means an identity token. */
export function credentialFromHelper(stdout: string): Credential | null {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null) return null
  const o = json as Record<string, unknown>
  const username = o['Username']
  const secret = o['Secret']
  if (typeof username !== 'string' || typeof secret !== 'string' || secret === '') return null
  return username === '<token>' ? { identityToken: secret } : { username, password: secret }
}

export function basicAuthorization(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64')}`
}
