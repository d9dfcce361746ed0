// The gate's verdict from two build runs, and the records the reports are made from.
import type { Step } from './progress.js'
import { shortDigest } from './report/format.js'
import type { PlatformDigest } from './build/metadata.js'
import type { EngineInfo } from './buildkit/engine-check.js'
import type { EpochSource } from './epoch.js'
import type { ImageDiff } from './diff/index.js'
import type { AllowListResult } from './allow-list.js'
import type { MissReport } from './miss/report.js'
import { type Equality, type PlatformContent, SAME_CONTENT, sameContent } from './equality.js'

export interface RunRecord {
  /** the gate's 1 (warm, from the cache) or 2 (isolated, --no-cache, fresh checkout); the lab numbers its runs */
  run: number
  digest: string | null
  platforms: PlatformDigest[]
  durationMs: number
  startedAt: string
  cacheHitRatio: number | null
  cachedSteps: number
  totalSteps: number
  steps: Step[]
  /** the build's error, when it failed */
  error: string | null
  /** the last lines of the failing step's log, when it failed */
  errorLog: string | null
  /** each platform's config digest and diff_ids, read from the layout; absent when it could not be read */
  content?: PlatformContent[]
}

export interface PlatformComparison {
  platform: string
  run1: string | null
  run2: string | null
  equal: boolean
}

export interface Verdict {
  reproducible: boolean
  /** one line: why */
  reason: string
  platforms: PlatformComparison[]
  /** true when the digests differ but every platform's config and diff_ids are equal */
  sameContent: boolean
}

function comparePlatforms(a: PlatformDigest[], b: PlatformDigest[]): PlatformComparison[] {
  const names = [...new Set([...a.map(p => p.platform), ...b.map(p => p.platform)])].sort()
  return names.map(platform => {
    const run1 = a.find(p => p.platform === platform)?.digest ?? null
    const run2 = b.find(p => p.platform === platform)?.digest ?? null
    return { platform, run1, run2, equal: run1 !== null && run1 === run2 }
  })
}

/**
 * Reproducible when run 2 succeeded and both runs give the same image digest; with equality content,
 * also when the digests differ but every platform's config digest and diff_ids are equal.
 */
export function verdict(run1: RunRecord, run2: RunRecord, equality: Equality = 'digest'): Verdict {
  const platforms = comparePlatforms(run1.platforms, run2.platforms)
  if (run2.error !== null || run2.digest === null) {
    return {
      reproducible: false,
      reason: `run 2 (clean, --no-cache) failed where run 1 succeeded: ${run2.error ?? 'no image digest'}`,
      platforms,
      sameContent: false
    }
  }
  if (run1.digest === run2.digest) {
    return { reproducible: true, reason: `both runs gave ${run1.digest}`, platforms, sameContent: false }
  }
  const differing = platforms.filter(p => !p.equal).map(p => p.platform)
  const where =
    platforms.length > 1 && differing.length > 0 ? ` (platforms that differ: ${differing.join(', ')})` : ''
  const digests = `run 1 ${shortDigest(run1.digest)}, run 2 ${shortDigest(run2.digest)}${where}`
  const same = sameContent(run1.content ?? [], run2.content ?? [])
  if (same && equality === 'content') {
    return {
      reproducible: true,
      reason: `${SAME_CONTENT} (digests ${digests}), which equality: content accepts`,
      platforms,
      sameContent: true
    }
  }
  return {
    reproducible: false,
    reason: `digests differ: ${digests}${same ? `; ${SAME_CONTENT}` : ''}`,
    platforms,
    sameContent: same
  }
}

export interface GateResult {
  reproducible: boolean
  /** the image digest of run 1 */
  digest: string | null
  epoch: number
  epochSource: EpochSource
  reason: string
  varyMtime: boolean
  /** what counted as the same image; absent in results written before the option existed: digest */
  equality?: Equality
  /** true when the digests differ but every platform's config digest and diff_ids are equal */
  sameContent?: boolean
  runs: RunRecord[]
  platforms: PlatformComparison[]
  engine: EngineInfo
  /** the diagnosis when the digests differ; null when there is none */
  diff: ImageDiff | null
  /** where the two OCI layouts and the metadata files were written */
  workDir: string
  /** the Dockerfile that was built, as given or resolved */
  dockerfile: string
  /** the allow-list's verdict, when globs were given and the digests differ; `reproducible` stays false */
  allowList?: AllowListResult
  /** why each step of run 1 ran instead of coming from the cache; absent when it could not be told */
  misses?: MissReport
}

/** Whether the gate passes (exit 0): the same image, or differences that the allow-list all allows. */
export function gatePasses(result: Pick<GateResult, 'reproducible' | 'allowList'>): boolean {
  return result.reproducible || result.allowList?.passed === true
}

/** Whether both OCI layouts stay behind for `build-lab diff`: when the gate failed with two images. */
export function keepsLayouts(result: Pick<GateResult, 'reproducible' | 'runs'>): boolean {
  return !result.reproducible && result.runs.length === 2 && result.runs.every(run => run.digest !== null)
}

/** The Dockerfile's file name, as the diagnosis names it in `Dockerfile:12`. */
export function dockerfileName(result: Pick<GateResult, 'dockerfile'>): string {
  const parts = result.dockerfile.split(/[\\/]/)
  return parts[parts.length - 1] || 'Dockerfile'
}

const DAY = 86_400

/**
 * The mtime run 2's copy of the context gets. It must be later than the epoch (rewrite-timestamp clamps
 * later times to the epoch, so COPY layers stay equal) and at least a day from every original mtime, so
 * that even listings that show only the date (`ls -l` of old files) see the change. It also moves from
 * one invocation to the next by whole days: run 2's results stay in the daemon's cache, and a fixed
 * mtime would let the next run 1 on the same daemon reuse them and match by luck.
 */
export function variedMtime(epoch: number, originalMtimes: readonly number[], nowSec: number): number {
  const early = epoch + 1
  // reduce, not Math.min(...xs): a large context would overflow the call stack.
  const min = originalMtimes.reduce((a, b) => Math.min(a, b), nowSec)
  const max = originalMtimes.reduce((a, b) => Math.max(a, b), nowSec)
  const days = Math.floor((min - DAY - early) / DAY) + 1
  if (days >= 1) return early + DAY * (nowSec % Math.min(days, 3650))
  return Math.max(max, nowSec, early) + DAY * (1 + (nowSec % 30))
}

/** How long to wait so that run 2 starts in a later wall-clock second than run 1 ended. */
export function msUntilNextSecond(run1EndedMs: number, nowMs: number): number {
  const next = (Math.floor(run1EndedMs / 1000) + 1) * 1000
  return Math.max(0, next - nowMs)
}
