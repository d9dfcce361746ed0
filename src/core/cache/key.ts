// Cache keys for the BuildKit local cache: pure hashing of the build definition, no I/O.

import { createHash } from 'node:crypto'

/** Everything that decides which BuildKit cache a build can reuse. */
export interface CacheKeyInputs {
  /** `process.platform` style, e.g. `linux`. */
  os: string
  /** `process.arch` style, e.g. `x64`. */
  arch: string
  /** The `cache-key` input: a user prefix, empty or undefined for none. */
  prefix?: string | null
  /** The Dockerfile's text. */
  dockerfile: string
  /** The `.dockerignore` text, null when there is none. */
  dockerignore: string | null
  /** Lockfiles found in the context, paths relative to it with `/` separators. */
  lockfiles: { path: string; content: string }[]
  /** A digest of all the context's files; omitted or null leaves the sources part out of the key. */
  sources?: string | null
  buildArgs: Record<string, string>
  /** BuildKit secrets by id, each as a sha256 of its value: the key never holds a secret */
  secrets?: { id: string; sha256: string }[]
  target?: string | null
  platforms?: string[]
}

export interface CacheKeys {
  primary: string
  /** Most specific first; each is a prefix of the primary key. */
  restoreKeys: string[]
}

export const CACHE_KEY_VERSION = 'build-lab-v1'

/**
 * Build args left out of the key. SOURCE_DATE_EPOCH is the commit time: it changes on every
 * commit, so keying on it would make every run a miss of the primary key and a fresh save.
 */
export const KEY_IGNORED_BUILD_ARGS: readonly string[] = ['SOURCE_DATE_EPOCH']

const HASH_HEX_CHARS = 16
const MAX_PREFIX_CHARS = 100

/**
 * Keys `[prefix-]build-lab-v1-<os>-<arch>-<definition hash>-<dependency hash>-<sources hash>`.
 * The restore keys drop the sources hash first (a source-only edit restores the cache of the same
 * Dockerfile and lockfiles: a partial hit), then the dependency hash (a lockfile change still restores
 * the cache of the same Dockerfile), then the definition hash (any cache of this os/arch).
 */
export function computeCacheKeys(inputs: CacheKeyInputs): CacheKeys {
  const base = [cleanPrefix(inputs.prefix), CACHE_KEY_VERSION, cleanPart(inputs.os), cleanPart(inputs.arch)]
    .filter(part => part !== '')
    .join('-')
  const definition = hashFields([
    ['dockerfile', inputs.dockerfile],
    // An empty .dockerignore and none at all send the same context.
    ['dockerignore', inputs.dockerignore ?? ''],
    ...sortedBuildArgs(inputs.buildArgs).map(([name, value]): [string, string] => [`arg:${name}`, value]),
    ...[...(inputs.secrets ?? [])]
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((s): [string, string] => [`secret:${s.id}`, s.sha256]),
    ['target', inputs.target ?? ''],
    ...normalisedPlatforms(inputs.platforms).map((p): [string, string] => ['platform', p])
  ])
  const dependencies = hashFields(
    [...inputs.lockfiles]
      .sort((a, b) => compareStrings(a.path, b.path))
      .map((file): [string, string] => [`lockfile:${file.path}`, file.content])
  )
  const lockLevel = `${base}-${definition}-${dependencies}`
  if (!inputs.sources) return { primary: lockLevel, restoreKeys: [`${base}-${definition}-`, `${base}-`] }
  return {
    primary: `${lockLevel}-${hashFields([['sources', inputs.sources]])}`,
    restoreKeys: [`${lockLevel}-`, `${base}-${definition}-`, `${base}-`]
  }
}

function sortedBuildArgs(args: Record<string, string>): [string, string][] {
  return Object.entries(args)
    .filter(([name]) => !KEY_IGNORED_BUILD_ARGS.includes(name))
    .sort(([a], [b]) => compareStrings(a, b))
}

function normalisedPlatforms(platforms: string[] | undefined): string[] {
  const cleaned = (platforms ?? []).map(p => p.trim()).filter(p => p !== '')
  return [...new Set(cleaned)].sort(compareStrings)
}

/** Length-prefixed fields, so that no two different field lists hash the same bytes. */
function hashFields(fields: [string, string][]): string {
  const hash = createHash('sha256')
  for (const [name, value] of fields) {
    for (const part of [name, value]) {
      const bytes = Buffer.from(part, 'utf8')
      hash.update(`${bytes.length}:`)
      hash.update(bytes)
    }
  }
  return hash.digest('hex').slice(0, HASH_HEX_CHARS)
}

/** Cache keys may not contain commas; keep the prefix readable and short. */
function cleanPrefix(prefix: string | null | undefined): string {
  const cleaned = (prefix ?? '')
    .trim()
    .replace(/[\s,]+/g, '-')
    .replace(/-+$/, '')
  return cleaned.slice(0, MAX_PREFIX_CHARS)
}

function cleanPart(part: string): string {
  return part.trim().replace(/[\s,-]+/g, '_')
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
