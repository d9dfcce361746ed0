// "Equal except" allow-lists: globs of image paths whose differences the gate accepts, and the verdict they give.
import type { ImageDiff } from './diff/index.js'
import { cleanPath, toRegex } from './context/dockerignore.js'
import { BuildLabError } from './errors.js'

/** One allowed glob, as given: `var/log/** # apt logs`. */
export interface AllowGlob {
  glob: string
  reason: string | null
}

/** A glob and the differing files it allowed. */
export interface AllowedDifference extends AllowGlob {
  files: string[]
}

export interface AllowListResult {
  /** true when every difference is a file that a glob allows: the gate passes with a warning */
  passed: boolean
  /** one line: what was allowed, or why the allow-list could not apply */
  reason: string
  /** the globs that matched differing files, with those files */
  allowed: AllowedDifference[]
  /** differing files that no glob allows, at most 20 */
  outside: string[]
}

/** Parses one `GLOB` or `GLOB # reason`; the glob is image-root relative (a leading slash is dropped). */
export function parseAllowGlob(text: string, what: string): AllowGlob {
  const hash = text.search(/\s#/)
  const rawGlob = (hash === -1 ? text : text.slice(0, hash)).trim()
  const reason = hash === -1 ? '' : text.slice(hash).replace(/^\s*#/, '').trim()
  const glob = cleanPath(rawGlob)
  if (glob === '' || rawGlob.split('/').includes('..')) {
    throw new BuildLabError(
      `${what} ${JSON.stringify(text)} is not a path glob: give a path relative to the image root, e.g. var/log/** # apt logs`
    )
  }
  return { glob, reason: reason === '' ? null : reason }
}

/** Parses the `ignore-paths` input: one glob a line, `# reason` after it; blank and `#` lines are skipped. */
export function parseAllowList(text: string, what: string): AllowGlob[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
    .map(line => parseAllowGlob(line, what))
}

/** The first glob that matches an image path, or null. */
export function allowedBy(globs: readonly AllowGlob[], path: string): AllowGlob | null {
  const file = cleanPath(path)
  return globs.find(g => toRegex(g.glob).test(file)) ?? null
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * Whether the allow-list explains a difference. Strict: it passes only when the diagnosis lists every
 * differing file, each matches a glob, and nothing else differs (index annotations, config fields, or a
 * layer that differs with no differing file, such as compression). Without a diagnosis it cannot apply.
 */
export function applyAllowList(globs: readonly AllowGlob[], diff: ImageDiff | null): AllowListResult {
  if (diff === null) {
    return {
      passed: false,
      reason: 'the allow-list cannot apply: there is no diagnosis of the difference',
      allowed: [],
      outside: []
    }
  }
  const groups = new Map<AllowGlob, string[]>()
  const outside: string[] = []
  for (const file of diff.files) {
    const by = allowedBy(globs, file.path)
    if (by === null) outside.push(file.path)
    else groups.set(by, [...(groups.get(by) ?? []), file.path])
  }
  const allowed = globs.filter(g => groups.has(g)).map(g => ({ ...g, files: groups.get(g) ?? [] }))
  const allowedCount = diff.files.length - outside.length
  const unexplained: string[] = []
  if (outside.length > 0) unexplained.push(`${plural(outside.length, 'differing file')} outside the list`)
  if (diff.truncated > 0)
    unexplained.push(`${plural(diff.truncated, 'differing file')} not listed by the diagnosis`)
  if (diff.index.length > 0)
    unexplained.push(`${plural(diff.index.length, 'index field')} (${diff.index[0]?.field})`)
  if (diff.config.length > 0)
    unexplained.push(`${plural(diff.config.length, 'config field')} (${diff.config[0]?.field})`)
  const withFiles = new Set(diff.layers.filter(l => l.files > 0).map(l => `${l.a} ${l.b}`))
  const bare = diff.layers.filter(l => l.files === 0 && !withFiles.has(`${l.a} ${l.b}`))
  if (bare.length > 0) unexplained.push(`${plural(bare.length, 'layer')} that differ with no differing file`)
  if (allowedCount === 0 && unexplained.length === 0) unexplained.push('no differing file to allow')
  const summary = `${plural(allowedCount, 'allowed path')} (${allowed.map(g => g.glob).join(', ') || 'none'})`
  return unexplained.length === 0
    ? { passed: true, reason: `reproducible except ${summary}`, allowed, outside: [] }
    : {
        passed: false,
        reason: `not reproducible: ${unexplained.join(', ')}; ${summary}`,
        allowed,
        outside: outside.slice(0, 20)
      }
}

/** How many differing files the allow-list allowed. */
export function allowedCount(result: AllowListResult | undefined): number {
  return (result?.allowed ?? []).reduce((n, g) => n + g.files.length, 0)
}
