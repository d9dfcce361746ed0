// The gate's verdict from two build runs, and the records the reports are made from.
import type { Step } from './progress.js'
import { shortDigest } from './report/format.js'
import type { PlatformDigest } from './build/metadata.js'
import type { EngineInfo } from './buildkit/engine-check.js'
import type { EpochSource } from './epoch.js'
import type { ImageDiff } from './diff/index.js'
import type { AllowListResult } from './allow-list.js'
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
  /** where the gate's time went; absent in results written before it was measured */
  timings?: GateTimings
}

/**
 * Where the gate's wall time went, in ms: the two builds, and `overhead`, what the gate adds to them
 * (the figure a raw warm + `--no-cache` pair does not pay).
 */
export interface GateTimings {
  /** the gate, from its start to its verdict (beforeGateMs not included) */
  totalMs: number
  /** run 1's docker process */
  run1Ms: number
  /** run 2's docker process */
  run2Ms: number
  /** run 2's fresh-checkout copy, made while run 1 built (so not part of the overhead); null without one */
  copyMs: number | null
  overhead: {
    /** from the process start to the gate's start: Node's start, loading build-lab, reading the inputs */
    beforeGateMs: number | null
    /** the engine probes */
    probesMs: number
    /** the epoch, the cache restore, the context checks: the rest before run 1 */
    prepareMs: number
    /** from run 1's exit to run 2's start: its metadata, the cache mounts, the copy's end, the wait */
    betweenRunsMs: number
    /** of betweenRunsMs: the sleep until the next wall-clock second */
    clockWaitMs: number
    /** after run 2: its metadata, the verdict, the diagnosis */
    verdictMs: number
    /** the sum of the above, beforeGateMs included when known */
    totalMs: number
  }
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

/**
 * When a build last ran a Dockerfile step (ms), within [startedMs, endedMs]: the latest completion of a
 * step that was not a cache hit, as BuildKit stamped it, else the start (a cached layer was made before
 * the build began). The end when a step that ran has no completion, or when the stream named no step.
 */
export function stepsEnded(
  steps: readonly Pick<Step, 'cached' | 'completedAt'>[],
  startedMs: number,
  endedMs: number
): number {
  if (steps.length === 0) return endedMs
  let last = startedMs
  for (const step of steps) {
    if (step.cached) continue
    const completed = step.completedAt === null ? NaN : Date.parse(step.completedAt)
    if (Number.isNaN(completed)) return endedMs
    last = Math.max(last, completed)
  }
  return Math.min(last, endedMs)
}

/** How long to wait so that run 2 starts in a later wall-clock second than run 1 ended. */
export function msUntilNextSecond(run1EndedMs: number, nowMs: number): number {
  const next = (Math.floor(run1EndedMs / 1000) + 1) * 1000
  return Math.max(0, next - nowMs)
}

/** The gate's timings from its marks (ms, one clock): what the builds took, and what the gate added. */
export function gateTimings(marks: {
  beforeGateMs: number | null
  startedMs: number
  probesMs: number
  runs: readonly [Pick<RunRecord, 'startedAt' | 'durationMs'>, Pick<RunRecord, 'startedAt' | 'durationMs'>]
  copyMs: number | null
  clockWaitMs: number
  endMs: number
}): GateTimings {
  const [run1, run2] = marks.runs
  const run1Start = Date.parse(run1.startedAt)
  const run2Start = Date.parse(run2.startedAt)
  const prepareMs = run1Start - marks.startedMs - marks.probesMs
  const betweenRunsMs = run2Start - (run1Start + run1.durationMs)
  const verdictMs = marks.endMs - (run2Start + run2.durationMs)
  return {
    totalMs: marks.endMs - marks.startedMs,
    run1Ms: run1.durationMs,
    run2Ms: run2.durationMs,
    copyMs: marks.copyMs,
    overhead: {
      beforeGateMs: marks.beforeGateMs,
      probesMs: marks.probesMs,
      prepareMs,
      betweenRunsMs,
      clockWaitMs: marks.clockWaitMs,
      verdictMs,
      totalMs: (marks.beforeGateMs ?? 0) + marks.probesMs + prepareMs + betweenRunsMs + verdictMs
    }
  }
}
