// The keyed registry cache, as pure data: branch scopes, tag names per key level, and which tags to read and write.
import { createHash } from 'node:crypto'
import { BuildLabError } from '../errors.js'
import { tryParseReference } from '../registry/reference.js'
import type { CacheKeys } from './key.js'

/** How much of the cache key a tag covers, most specific first. */
export type KeyLevel = 'sources' | 'lockfiles' | 'definition'

export const KEY_LEVELS: readonly KeyLevel[] = ['sources', 'lockfiles', 'definition']

/** One tag of `<cache-ref>`: the key of one level in one scope. */
export interface LevelTag {
  scope: string
  level: KeyLevel
  key: string
  tag: string
}

/** Where this run writes (its own scope) and what it reads, in order. */
export interface CacheScopes {
  write: string
  /** Starts with `write`; no repeats. */
  read: string[]
}

/** What CI says about the run: the branch names, raw. */
export interface ScopeSource {
  /** The PR's head branch (GITHUB_HEAD_REF); empty or null outside a pull request. */
  headRef?: string | null
  /** The PR's base branch (GITHUB_BASE_REF). */
  baseRef?: string | null
  /** The branch or tag the run is for (GITHUB_REF_NAME). */
  refName?: string | null
  /** The repository's default branch (the event payload's repository.default_branch). */
  defaultBranch?: string | null
}

/** Outside a workflow (no branch known) and on the CLI without --cache-scope, runs write and read this scope. */
export const LOCAL_SCOPE = 'local'

/** OCI distribution: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
export const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const MAX_TAG_CHARS = 128
const MAX_SCOPE_CHARS = 40
const SUFFIX_HEX_CHARS = 8

function shortHash(text: string, chars: number): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, chars)
}

/**
 * A branch name as a tag part. Names that are already valid stay as they are (`main`, `release-1.2`);
 * any other gets its invalid characters replaced and a hash of the raw name appended, so that
 * `feature/a` and `feature-a` never share a scope. At most 40 characters.
 */
export function scopeName(branch: string): string {
  const raw = branch.trim()
  const cleaned = raw
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
  if (cleaned === raw && raw !== '' && raw.length <= MAX_SCOPE_CHARS) return raw
  const base = cleaned.slice(0, MAX_SCOPE_CHARS - SUFFIX_HEX_CHARS - 1).replace(/[.-]+$/, '')
  return `${base === '' ? 'scope' : base}-${shortHash(raw, SUFFIX_HEX_CHARS)}`
}

/**
 * The scopes of a run. A pull request reads its own scope, then its base branch's, then the default
 * branch's, and writes only its own. Any other run writes its branch's scope (the default branch's is
 * the shared one) and reads it, then the default branch's. A PR whose head branch has the name of its
 * base or of the default branch (a fork's `main`) gets `pr-<name>`, so it never writes the shared scope.
 */
export function scopesFor(source: ScopeSource): CacheScopes | null {
  const clean = (s: string | null | undefined): string | null =>
    s === null || s === undefined || s.trim() === '' ? null : scopeName(s)
  const head = clean(source.headRef)
  const base = clean(source.baseRef)
  const fallback = clean(source.defaultBranch)
  const ref = clean(source.refName)
  let write: string | null
  const read: (string | null)[] = []
  if (head !== null) {
    write = head === base || head === fallback ? scopeName(`pr-${source.headRef?.trim() ?? ''}`) : head
    read.push(write, base, fallback)
  } else {
    write = ref ?? fallback
    read.push(write, fallback)
  }
  if (write === null) return null
  return { write, read: [...new Set(read.filter((s): s is string => s !== null))] }
}

/** Scopes given by hand (CLI flags, action inputs): the write scope first, then the others. */
export function explicitScopes(write: string, read: readonly string[]): CacheScopes {
  const w = scopeName(write)
  return { write: w, read: [...new Set([w, ...read.filter(r => r.trim() !== '').map(scopeName)])] }
}

/**
 * The registry keys of each level: the primary key, then the restore keys without their trailing `-`.
 * The least specific restore key (any cache of this os/arch) gets no tag: with immutable tags it
 * would hold whichever build came first, forever.
 */
export function levelKeys(keys: CacheKeys): { level: KeyLevel; key: string }[] {
  const keysByLevel = [keys.primary, ...keys.restoreKeys.slice(0, -1).map(k => k.replace(/-+$/, ''))]
  // Without a sources hash the primary key is the lockfile level.
  const levels = keysByLevel.length === 3 ? KEY_LEVELS : KEY_LEVELS.slice(1)
  return levels.map((level, i) => ({ level, key: keysByLevel[i] ?? '' })).filter(l => l.key !== '')
}

/**
 * `<scope>-<key>` as an OCI tag: invalid characters (a user's cache-key prefix may hold any) become
 * `_`, and a tag over 128 characters keeps its first part and ends in a hash of the whole.
 */
export function levelTag(scope: string, key: string): string {
  const full = `${scope}-${key}`.replace(/[^A-Za-z0-9._-]/g, '_')
  if (full.length <= MAX_TAG_CHARS) return full
  const hash = shortHash(full, 16)
  return `${full.slice(0, MAX_TAG_CHARS - hash.length - 1)}-${hash}`
}

/** Every tag this run may read: level-major (an exact key in the base scope beats a partial one in the own scope). */
export function candidateTags(keys: CacheKeys, scopes: CacheScopes): LevelTag[] {
  return levelKeys(keys).flatMap(({ level, key }) =>
    scopes.read.map(scope => ({ scope, level, key, tag: levelTag(scope, key) }))
  )
}

export interface RegistryCacheChoice {
  /** The most specific tag that exists; null: a miss. */
  matched: LevelTag | null
  /** Own-scope tags to push: each level whose key no readable scope has yet. */
  write: LevelTag[]
  /** Why nothing is written, or null. */
  skipped: string | null
}

/**
 * Which tag to import and which to export, from which candidate tags exist. Tags are immutable: a
 * level that any readable scope already has is not written again, and when the exact key exists
 * nothing is written at all.
 */
export function chooseRegistryCache(
  keys: CacheKeys,
  scopes: CacheScopes,
  exists: ReadonlySet<string>
): RegistryCacheChoice {
  const candidates = candidateTags(keys, scopes)
  const matched = candidates.find(c => exists.has(c.tag)) ?? null
  const covered = new Set(candidates.filter(c => exists.has(c.tag)).map(c => c.level))
  const levels = levelKeys(keys)
  const top = levels[0]
  if (top !== undefined && covered.has(top.level) && matched !== null) {
    return { matched, write: [], skipped: `the exact key exists in scope ${matched.scope}` }
  }
  const write = levels
    .filter(({ level }) => !covered.has(level))
    .map(({ level, key }) => ({ scope: scopes.write, level, key, tag: levelTag(scopes.write, key) }))
  const skipped = write.length === 0 ? 'every key level exists already' : null
  return { matched, write, skipped }
}

/** An image reference as a cache source or cache repository (`cache-from-images`, `--cache-from-image`, `cache-ref`), or one line on what is wrong. */
export function imageRef(ref: string, what: string): string {
  const parsed = tryParseReference(ref)
  if (typeof parsed === 'string') {
    throw new BuildLabError(
      `${what}: ${JSON.stringify(ref.slice(0, 200))} is not an image reference (${parsed}); give one like ghcr.io/owner/app:builder`
    )
  }
  return parsed.written
}
