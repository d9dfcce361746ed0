// N-run gates: how many runs, the drift policy (max-distinct-digests), and the runs grouped by digest.
import { BuildLabError } from './errors.js'
import { type Equality, sameContent } from './equality.js'
import { shortDigest } from './report/format.js'
import type { PlatformContent } from './equality.js'

/** Runs of a gate: run 1 warm, then runs − 1 isolated builds. */
export const DEFAULT_RUNS = 2
export const MAX_RUNS = 10
/** The drift policy's default: every run gives the same image. */
export const DEFAULT_MAX_DISTINCT = 1

/** The runs that gave one digest; `digest` null holds the runs that gave no image. */
export interface DigestGroup {
  digest: string | null
  runs: number[]
}

function wholeNumber(
  raw: string | undefined,
  what: string,
  [min, max]: [number, number],
  fallback: number,
  why: string
): number {
  const value = (raw ?? '').trim()
  if (value === '') return fallback
  const n = Number(value)
  if (!/^[0-9]+$/.test(value) || n < min || n > max) {
    throw new BuildLabError(
      `${what} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)}): ${why}`
    )
  }
  return n
}

/** `runs` / `--runs`: 2 (one warm run and one isolated run, the default) to 10. */
export function parseRuns(raw: string | undefined, what: string): number {
  return wholeNumber(raw, what, [2, MAX_RUNS], DEFAULT_RUNS, 'run 1 warm, then runs − 1 isolated runs')
}

/** `max-distinct-digests`: 1 (every run the same image, the default) up to the number of runs. */
export function parseMaxDistinct(raw: string | undefined, what: string, runs: number): number {
  return wholeNumber(
    raw,
    what,
    [1, runs],
    DEFAULT_MAX_DISTINCT,
    `1 asks every run for the same image, and more than the ${runs} runs would always pass`
  )
}

/** The runs grouped by digest, in the order each digest first appeared. */
export function digestGroups(runs: readonly { run: number; digest: string | null }[]): DigestGroup[] {
  const groups: DigestGroup[] = []
  for (const r of runs) {
    const group = groups.find(g => g.digest === r.digest)
    if (group) group.runs.push(r.run)
    else groups.push({ digest: r.digest, runs: [r.run] })
  }
  return groups
}

/**
 * How many different images the runs gave: distinct digests, or with equality content, distinct
 * contents (digests whose config and diff_ids are equal count once). Runs without an image don't count.
 */
export function distinctImages(
  runs: readonly { digest: string | null; content?: PlatformContent[] }[],
  equality: Equality
): number {
  const kinds: { digest: string; content: PlatformContent[] }[] = []
  for (const r of runs) {
    if (r.digest === null) continue
    const content = r.content ?? []
    const same = kinds.some(
      k => k.digest === r.digest || (equality === 'content' && sameContent(k.content, content))
    )
    if (!same) kinds.push({ digest: r.digest, content })
  }
  return kinds.length
}

/** `runs 1, 3 aaaaaaaaaaaa; run 2 bbbbbbbbbbbb`: each digest with the runs that gave it. */
export function groupsText(groups: readonly DigestGroup[]): string {
  return groups
    .map(g => {
      const which = `${g.runs.length === 1 ? 'run' : 'runs'} ${g.runs.join(', ')}`
      return `${which} ${g.digest === null ? 'no image' : shortDigest(g.digest)}`
    })
    .join('; ')
}
