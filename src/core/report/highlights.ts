// What a reader needs first from a gate result: verdict, first fix, slowest step, hit ratio, change from the base.
import type { GateResult, RunRecord } from '../gate.js'
import { isGenericFinding } from '../diff/findings.js'
import type { ImageDiff } from '../diff/types.js'
import type { Step } from '../progress.js'
import type { MissReport } from '../miss/report.js'
import { orderSteps } from '../progress.js'
import { formatChange, formatDuration } from './format.js'
import { isFromStep } from '../progress.js'

/** The cache adapter's account of the restore and save, when the cache was used. */
export interface CacheReport {
  hit: 'exact' | 'partial' | 'miss'
  restoreMs?: number | null
  saveMs?: number | null
  sizeBytes?: number | null
  /** registry backend: how much of the key the imported tag matched (sources, lockfiles, definition) */
  matchedLevel?: string | null
  /** registry backend: the scope of the imported tag */
  matchedScope?: string | null
  /** registry backend: the scope this run writes */
  scope?: string | null
  /** registry backend: the tags run 1 exported */
  written?: readonly string[]
  /** cache-from-images and whether each was imported */
  imageSources?: readonly { ref: string; used: boolean }[]
}

/** The registry facts of a cache report, as label/value pairs: the matched level and scope, the writes, the image sources. */
export function cacheFacts(cache: CacheReport): [string, string][] {
  const facts: [string, string][] = []
  if (cache.scope) {
    facts.push([
      'matched',
      cache.matchedLevel ? `${cache.matchedLevel} level, scope ${cache.matchedScope ?? '?'}` : 'nothing'
    ])
    facts.push(['written', `${(cache.written ?? []).length} tag(s) in scope ${cache.scope}`])
  }
  for (const source of cache.imageSources ?? []) {
    facts.push([
      'cache image',
      `${source.ref} (${source.used ? 'inline cache, imported' : 'no inline cache, not used'})`
    ])
  }
  return facts
}

/** A lint finding, as core/lint produces it; only these fields are shown. */
export interface Recommendation {
  rule: string
  severity: 'error' | 'warning' | 'info'
  file: string
  line: number
  message: string
  fix: string
}

/** What the caller adds to a gate result; every field may be absent. */
export interface ReportExtras {
  /** The structured diagnosis; defaults to result.diff when that is an image diff. */
  diff?: ImageDiff | null
  /** The diagnosis as markdown (renderDiffMarkdown's output); rendered from `diff` when absent. */
  diagnosisMarkdown?: string | null
  findings?: readonly Recommendation[]
  cache?: CacheReport | null
  /** An earlier result for the base branch, to show what changed. */
  baseline?: GateResult | null
  /** Where the full report file is (the `report-path` output), named when a summary is cut short. */
  reportPath?: string | null
}

export interface FirstFix {
  /** What is wrong, one line, e.g. "clock: etc/app/built-at". */
  problem: string
  /** Where to change it, e.g. "Dockerfile:6 RUN date > f"; null when unknown. */
  where: string | null
  fix: string
}

export interface SlowestStep {
  name: string
  durationMs: number
  run: number
}

export interface Highlights {
  firstFix: FirstFix | null
  slowest: SlowestStep | null
  /** Run 1's (the warm build's) steps, from the cache. */
  hitRatio: number | null
  cachedSteps: number
  totalSteps: number
  /** "warm build +12% (2.1 s → 2.4 s)", "hit ratio 0.91 → 0.64"...; empty without a baseline. */
  deltas: string[]
  /** why run 1's steps ran; null when the result does not say */
  misses: MissReport | null
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

/** True when a value has the shape of core/diff's ImageDiff (GateResult.diff is typed unknown). */
export function isImageDiff(value: unknown): value is ImageDiff {
  if (typeof value !== 'object' || value === null) return false
  const v: Partial<Record<keyof ImageDiff, unknown>> = value
  return (
    typeof v.identical === 'boolean' &&
    Array.isArray(v.files) &&
    Array.isArray(v.causes) &&
    Array.isArray(v.layers) &&
    Array.isArray(v.config) &&
    Array.isArray(v.index) &&
    Array.isArray(v.warnings)
  )
}

/** The diagnosis to show: the caller's, else the result's own. */
export function diagnosisOf(result: GateResult, extras: ReportExtras): ImageDiff | null {
  if (extras.diff !== undefined) return extras.diff
  return isImageDiff(result.diff) ? result.diff : null
}

/** Findings most severe first, in file order within a severity. */
export function sortFindings(findings: readonly Recommendation[]): Recommendation[] {
  return findings
    .map((finding, position) => ({ finding, position }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.finding.line - b.finding.line ||
        a.position - b.position
    )
    .map(entry => entry.finding)
}

function failedStep(run: RunRecord): Step | null {
  return run.steps.find(step => step.error !== null) ?? null
}

function firstFix(result: GateResult, extras: ReportExtras): FirstFix | null {
  const failed = result.runs.find(run => run.error !== null || run.digest === null)
  if (failed !== undefined) {
    const step = failedStep(failed)
    return {
      problem: `run ${failed.run} failed`,
      where: step?.name ?? null,
      fix: step?.error ?? failed.error ?? 'the build gave no image digest'
    }
  }
  const diff = diagnosisOf(result, extras)
  if (!result.reproducible && diff !== null) {
    const finding = diff.findings?.[0]
    if (finding !== undefined && !isGenericFinding(finding.id)) {
      const count = finding.files === 1 ? '1 file' : `${finding.files} files`
      return {
        problem: `${finding.owner}: ${finding.title} (${count})`,
        where: origin(finding),
        fix: finding.fix
      }
    }
    const file = diff.files[0]
    if (file !== undefined) {
      return { problem: `${file.cause}: ${file.path}`, where: origin(file), fix: file.hint }
    }
    const field = diff.config[0] ?? diff.index[0]
    if (field !== undefined) {
      return { problem: `${field.cause}: ${field.field}`, where: origin(field), fix: field.hint }
    }
    const cause = diff.causes[0]
    if (cause !== undefined) return { problem: cause.cause, where: null, fix: cause.hint }
  }
  const finding = sortFindings(extras.findings ?? [])[0]
  if (finding !== undefined) {
    return {
      problem: `${finding.rule} (${finding.severity}): ${finding.message}`,
      where: `${finding.file}:${finding.line}`,
      fix: finding.fix
    }
  }
  return null
}

function origin(x: { instruction?: string; line?: number }): string | null {
  const line = x.line !== undefined ? `Dockerfile:${x.line}` : ''
  const text = [line, x.instruction ?? ''].filter(part => part !== '').join(' ')
  return text === '' ? null : text
}

function slowestIn(run: RunRecord | undefined, includeCached: boolean): SlowestStep | null {
  let best: SlowestStep | null = null
  for (const step of run?.steps ?? []) {
    // FROM only resolves the base image: a warm build that ran nothing else has no slowest step.
    if ((step.cached && !includeCached) || step.durationMs === null || isFromStep(step)) continue
    if (best === null || step.durationMs > best.durationMs) {
      best = { name: step.name, durationMs: step.durationMs, run: run?.run ?? 0 }
    }
  }
  return best
}

/** The step that cost the most on the warm build; run 2's when every step of run 1 came from the cache. */
export function slowestStep(result: GateResult): SlowestStep | null {
  const [run1, run2] = result.runs
  return slowestIn(run1, false) ?? slowestIn(run2, false) ?? slowestIn(run1, true)
}

/** "warm build +12% (2.1 s → 2.4 s)", "hit ratio 0.91 → 0.64" and the like, against the base branch. */
export function baselineDeltas(result: GateResult, baseline: GateResult | null | undefined): string[] {
  if (baseline === null || baseline === undefined) return []
  const out: string[] = []
  if (baseline.reproducible !== result.reproducible) {
    out.push(
      result.reproducible
        ? 'now reproducible (not on the base branch)'
        : 'reproducible on the base branch, not here'
    )
  }
  const labels = ['warm build', 'clean build']
  for (const [i, label] of labels.entries()) {
    const before = baseline.runs[i]?.durationMs ?? null
    const after = result.runs[i]?.durationMs ?? null
    const change = formatChange(before, after)
    if (change !== null) out.push(`${label} ${change} (${formatDuration(before)} → ${formatDuration(after)})`)
  }
  const ratioBefore = baseline.runs[0]?.cacheHitRatio ?? null
  const ratioAfter = result.runs[0]?.cacheHitRatio ?? null
  if (ratioBefore !== null && ratioAfter !== null) {
    out.push(`hit ratio ${ratioBefore.toFixed(2)} → ${ratioAfter.toFixed(2)}`)
  }
  return out
}

export function highlights(result: GateResult, extras: ReportExtras = {}): Highlights {
  const run1 = result.runs[0]
  return {
    firstFix: firstFix(result, extras),
    slowest: slowestStep(result),
    hitRatio: run1?.cacheHitRatio ?? null,
    cachedSteps: run1?.cachedSteps ?? 0,
    totalSteps: run1?.totalSteps ?? 0,
    deltas: baselineDeltas(result, extras.baseline),
    misses: result.misses ?? null
  }
}

export interface StepRow {
  name: string
  /** One entry per run of the result, in order: null when the step is not in that run. */
  cells: (Step | null)[]
  /** Per run: true when the step is among that run's slowest executed steps. */
  slowest: boolean[]
}

/**
 * The steps of every run side by side, in build order, matched by vertex name. Each run's `mark`
 * slowest executed steps are flagged. With more than `max` rows, the slowest rows are kept.
 */
export function stepRows(result: GateResult, max = 40, mark = 3): { rows: StepRow[]; omitted: number } {
  const names = new Set<string>()
  const byRun = result.runs.map(run => {
    const map = new Map<string, Step>()
    for (const step of orderSteps(run.steps)) {
      if (!map.has(step.name)) map.set(step.name, step)
      names.add(step.name)
    }
    return map
  })
  const slowSets = result.runs.map(run => {
    const executed = run.steps.filter(
      step => !step.cached && !isFromStep(step) && step.durationMs !== null && step.durationMs > 0
    )
    executed.sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0))
    // Marking most of a short build says nothing: one mark per three executed steps, up to `mark`.
    const marks = Math.max(1, Math.min(mark, Math.floor(executed.length / 3)))
    return new Set(executed.slice(0, marks).map(step => step.name))
  })
  let rows: StepRow[] = [...names].map(name => ({
    name,
    cells: byRun.map(map => map.get(name) ?? null),
    slowest: slowSets.map(set => set.has(name))
  }))
  const omitted = Math.max(0, rows.length - max)
  if (omitted > 0) {
    const cost = (row: StepRow): number => Math.max(0, ...row.cells.map(cell => cell?.durationMs ?? 0))
    const keep = new Set([...rows].sort((a, b) => cost(b) - cost(a)).slice(0, max))
    rows = rows.filter(row => keep.has(row))
  }
  return { rows, omitted }
}
