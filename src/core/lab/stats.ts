// Lab numbers from run records: min/median/max and CV, noise, digest stability, comparisons, recommended actions.
import { type BuildIdentity, identityKey } from '../build/identity.js'
import type { MissReport } from '../miss/report.js'
import { richPlain } from '../miss/map.js'
import { BuildLabError } from '../errors.js'
import type { Finding } from '../lint/index.js'
import {
  baseImageChanged,
  type CacheMode,
  DEFAULT_NOISE_THRESHOLD,
  type InputMutation,
  type LabRecord,
  type LabStep,
  type RecordStatus
} from './scenario.js'
import { workHits } from '../progress.js'

export interface Stats {
  n: number
  min: number
  median: number
  max: number
  mean: number
  /** coefficient of variation: sample standard deviation / mean; null for fewer than 2 values or a zero mean */
  cv: number | null
}

export function stats(values: readonly number[]): Stats | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  const mid = Math.floor(n / 2)
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const mean = sorted.reduce((a, b) => a + b, 0) / n
  let cv: number | null = null
  if (n >= 2 && mean !== 0) {
    const variance = sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)
    cv = Math.sqrt(variance) / Math.abs(mean)
  }
  return { n, min: sorted[0], median, max: sorted[n - 1], mean, cv }
}

/** Runs a scenario needs before its spread means anything: two values always differ by something. */
export const MIN_RUNS_FOR_NOISE = 3

/** Latency spikes: at least MIN_RUNS_FOR_NOISE runs whose durations vary by more than the threshold. */
export function isNoisy(duration: Stats | null, threshold: number): boolean {
  return (
    duration !== null && duration.n >= MIN_RUNS_FOR_NOISE && duration.cv !== null && duration.cv > threshold
  )
}

/** Mutations that keep the image's inputs: their digests must match the unmutated builds'. */
export function keepsInputs(mutation: InputMutation): boolean {
  return mutation === 'none' || mutation === 'touch-source' || mutation === 'fresh-checkout'
}

/** An isolated build: no cache at all, unchanged inputs. Two of them that agree are what reproducibility means. */
export function isIsolated(record: Pick<LabRecord, 'cache_mode' | 'input_mutation'>): boolean {
  return record.cache_mode === 'none' && keepsInputs(record.input_mutation)
}

/** A record's hits over the steps that do work; older records, which counted WORKDIR, are recounted. */
export function recordHits(
  record: Pick<LabRecord, 'steps' | 'cache_hit_ratio' | 'cachedSteps' | 'totalSteps'>
): { cachedSteps: number; totalSteps: number; cacheHitRatio: number | null } {
  if (record.steps.length === 0) {
    return {
      cachedSteps: record.cachedSteps,
      totalSteps: record.totalSteps,
      cacheHitRatio: record.cache_hit_ratio
    }
  }
  return workHits(record.steps)
}

export interface ScenarioSummary {
  scenario: string
  input_mutation: InputMutation
  cache_mode: CacheMode
  runId: string
  /** the worst status among its records: failed > degraded > skipped > ok */
  status: RecordStatus
  /** measured builds (ok or degraded) */
  runs: number
  duration_sec: Stats | null
  cache_hit_ratio: Stats | null
  /** of the last measured run */
  cachedSteps: number
  totalSteps: number
  digests: string[]
  noisy: boolean
  notes: string[]
  errors: string[]
  /** steps that ran (not cached) in the last measured run, slowest first */
  rebuiltSteps: { name: string; instruction: string | null; durationMs: number | null }[]
  /** every Dockerfile step of the last measured run, in the order they ran */
  steps: LabStep[]
  /** the file the mutation changed, when it changed one */
  mutatedFile: string | null
  /** why the last measured run's steps ran, with the invalidation map; null for older records */
  misses: MissReport | null
  /** the time the last measured run spent in steps that ran (FROM left out) */
  rerunMs: number
  /** the same figure for the run before this one (another `build-lab run`), to measure a change */
  previous: { runId: string; rerunMs: number } | null
}

export type DigestStability = 'PASS' | 'FAIL' | 'N/A'

export interface LabSummary {
  build: BuildIdentity
  engine: LabRecord['engine']
  epoch: number
  generatedFrom: { runIds: string[]; records: number; firstStartedAt: string; lastStartedAt: string }
  /** median seconds of the cold scenario */
  cold_duration: number | null
  /** median seconds of the warm scenario */
  warm_duration: number | null
  /** median hit ratio of the warm scenario */
  cache_hit_ratio: number | null
  digest_stability: DigestStability
  digest_stability_reason: string
  /** false when something under the measurements changed (a base image) */
  valid: boolean
  invalid_reasons: string[]
  noise_threshold: number
  scenarios: ScenarioSummary[]
  recommended_actions: string[]
  /** the same actions, each with the measurements that call for it */
  actions: RecommendedAction[]
}

export interface RecommendedAction {
  action: string
  evidence: string[]
}

/** A lint finding as recommended_actions uses it. */
export type LintHint = Pick<Finding, 'rule' | 'severity' | 'file' | 'line' | 'message' | 'fix' | 'evidence'>

export interface SummaryOptions {
  noiseThreshold?: number
  /** lint findings for the Dockerfile, to add to recommended_actions; warnings and errors are used */
  lintFindings?: readonly LintHint[]
}

const STATUS_RANK: Record<RecordStatus, number> = { ok: 0, skipped: 1, degraded: 2, failed: 3 }

function measured(record: LabRecord): boolean {
  return (record.status === 'ok' || record.status === 'degraded') && record.duration_sec !== null
}

function summarizeScenario(records: readonly LabRecord[], threshold: number): ScenarioSummary {
  const first = records[0]
  const runs = records.filter(measured)
  const duration = stats(runs.map(r => r.duration_sec ?? 0))
  const ratios = runs.map(r => recordHits(r).cacheHitRatio).filter((r): r is number => r !== null)
  const last = runs[runs.length - 1]
  const lastHits = last === undefined ? null : recordHits(last)
  const status = records.reduce<RecordStatus>(
    (worst, r) => (STATUS_RANK[r.status] > STATUS_RANK[worst] ? r.status : worst),
    'ok'
  )
  return {
    scenario: first.scenario,
    input_mutation: first.input_mutation,
    cache_mode: first.cache_mode,
    runId: first.runId,
    status,
    runs: runs.length,
    duration_sec: duration,
    cache_hit_ratio: stats(ratios),
    cachedSteps: lastHits?.cachedSteps ?? 0,
    totalSteps: lastHits?.totalSteps ?? 0,
    digests: [...new Set(runs.map(r => r.digest).filter((d): d is string => d !== null))],
    noisy: isNoisy(duration, threshold),
    notes: [...new Set(records.flatMap(r => r.notes))],
    errors: [...new Set(records.map(r => r.error).filter((e): e is string => e !== null))],
    rebuiltSteps: (last?.steps ?? [])
      .filter(s => !s.cached && !/^FROM\s/i.test(s.instruction ?? ''))
      .map(s => ({ name: s.name, instruction: s.instruction, durationMs: s.durationMs }))
      .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0)),
    steps: last?.steps ?? [],
    mutatedFile: records.find(r => r.mutatedFile !== null)?.mutatedFile ?? null,
    misses: last?.misses ?? null,
    rerunMs: rerunMs(last),
    previous: null
  }
}

function rerunMs(record: LabRecord | undefined): number {
  return (record?.steps ?? [])
    .filter(s => !s.cached && !/^FROM\s/i.test(s.instruction ?? ''))
    .reduce((sum, s) => sum + (s.durationMs ?? 0), 0)
}

/** The last measured record of the scenario in the run before `runId`, of the same build. */
function previousRun(records: readonly LabRecord[], latest: LabRecord): ScenarioSummary['previous'] {
  const key = identityKey(latest.build)
  const ids = runIdsInOrder(
    records.filter(r => identityKey(r.build) === key && r.scenario === latest.scenario)
  )
  const before = ids[ids.indexOf(latest.runId) - 1]
  if (before === undefined) return null
  const runs = records.filter(r => r.runId === before && r.scenario === latest.scenario).filter(measured)
  const last = runs[runs.length - 1]
  return last === undefined ? null : { runId: before, rerunMs: rerunMs(last) }
}

function runIdsInOrder(records: readonly LabRecord[]): string[] {
  return [...new Set(records.map(r => r.runId))]
}

/**
 * For each scenario, the records of the latest run that measured it, among the records of the same
 * build as the newest record. Scenario order: as first recorded.
 */
export function latestByScenario(records: readonly LabRecord[]): LabRecord[][] {
  const newest = records[records.length - 1]
  if (newest === undefined) return []
  const key = identityKey(newest.build)
  const same = records.filter(r => identityKey(r.build) === key)
  const names = [...new Set(same.map(r => r.scenario))]
  return names.map(name => {
    const mine = same.filter(r => r.scenario === name)
    const runId = mine[mine.length - 1].runId
    return mine.filter(r => r.runId === runId)
  })
}

/** The same base image reference with different IDs across records, or changed within one. */
export function baseImageProblems(records: readonly LabRecord[]): string[] {
  const problems: string[] = []
  for (const r of records) {
    for (const b of r.baseImages) {
      if (b.before !== b.after) {
        problems.push(
          `base image ${b.ref} changed during ${r.scenario} (run ${r.repeat}): ${b.before ?? 'absent'} → ${b.after ?? 'absent'}; its numbers cannot be compared with the others`
        )
      }
    }
  }
  const ids = new Map<string, Set<string>>()
  for (const r of records) {
    if (baseImageChanged(r)) continue
    for (const b of r.baseImages) {
      if (b.after === null) continue
      const set = ids.get(b.ref) ?? new Set<string>()
      set.add(b.after)
      ids.set(b.ref, set)
    }
  }
  for (const [ref, set] of ids) {
    if (set.size > 1) {
      problems.push(
        `base image ${ref} is not the same image in every record (${[...set].join(', ')}): pin it by digest`
      )
    }
  }
  return [...new Set(problems)]
}

function pick(
  scenarios: readonly ScenarioSummary[],
  name: string,
  test: (s: ScenarioSummary) => boolean
): ScenarioSummary | undefined {
  return scenarios.find(s => s.scenario === name && s.runs > 0) ?? scenarios.find(s => test(s) && s.runs > 0)
}

/**
 * PASS when at least two isolated builds (--no-cache, unchanged inputs, one from a fresh checkout in a later
 * second) and every cached build of unchanged inputs gave one digest; FAIL when builds of unchanged inputs gave
 * more than one; N/A otherwise. A cached build alone proves nothing: it reuses the layers it is compared with.
 */
function digestStability(records: readonly LabRecord[]): { value: DigestStability; reason: string } {
  const unchanged = records.filter(r => measured(r) && keepsInputs(r.input_mutation) && r.digest !== null)
  const isolated = unchanged.filter(isIsolated)
  const digests = [...new Set(unchanged.map(r => r.digest))]
  const by = [...new Set(unchanged.map(r => r.scenario))].join(', ')
  if (digests.length > 1) {
    return {
      value: 'FAIL',
      reason: `${unchanged.length} builds of unchanged inputs (${by}) gave ${digests.length} different digests`
    }
  }
  if (isolated.length < 2) {
    return {
      value: 'N/A',
      reason: `fewer than 2 isolated builds (--no-cache) of unchanged inputs: run cold and cold-fresh-checkout (--all does)`
    }
  }
  const cached = unchanged.length - isolated.length
  return {
    value: 'PASS',
    reason: `${isolated.length} isolated builds (--no-cache, fresh checkout, later second)${cached > 0 ? ` and ${cached} cached` : ''} of unchanged inputs (${by}) gave one digest`
  }
}

const INSTALL_STEP =
  /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (install|i)\b|pip3? install|poetry install|uv sync|go mod download|go build|cargo (build|fetch)|bundle install|composer install|mvn|gradle|apt-get install|apk add)/i

function seconds(ms: number | null): string {
  return ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`
}

/** What to do next, derived from the measurements (and lint findings, when given). */
export function recommendedActions(
  summary: Omit<LabSummary, 'recommended_actions' | 'actions'>,
  lint: readonly LintHint[]
): RecommendedAction[] {
  const actions: RecommendedAction[] = []
  const add = (action: string, evidence: string[]) => actions.push({ action, evidence })
  const byName = (name: string) => summary.scenarios.find(s => s.scenario === name)
  const median = (s: ScenarioSummary | undefined) =>
    s?.duration_sec ? `${s.scenario} ${seconds(s.duration_sec.median * 1000)} (median of ${s.runs})` : null
  if (!summary.valid) {
    add(
      `The comparison is invalid: ${summary.invalid_reasons[0]}. Pin FROM images by digest (image@sha256:...) and run again.`,
      summary.invalid_reasons
    )
  }
  if (summary.digest_stability === 'FAIL') {
    add(
      `Not reproducible: ${summary.digest_stability_reason}. Run "build-lab gate" on this context to find the step that differs.`,
      summary.scenarios
        .filter(s => keepsInputs(s.input_mutation) && s.digests.length > 0)
        .map(s => `${s.scenario}: ${s.digests.join(', ')}`)
    )
  }
  const cold = summary.cold_duration
  const warm = summary.warm_duration
  const hits = summary.cache_hit_ratio
  if (cold !== null && warm !== null && cold > 0 && warm >= 0.8 * cold && hits !== null && hits >= 0.9) {
    add(
      `Warm builds reuse ${Math.round(hits * 100)}% of their steps yet take ${Math.round((warm / cold) * 100)}% of the cold build's time: the time goes to what the cache cannot skip (exporting the image and the cache, pulling the base). Export less (a smaller final stage, a registry cache instead of a local one) to make warm builds faster.`,
      timing()
    )
  } else if (cold !== null && warm !== null && cold > 0 && warm >= 0.8 * cold) {
    add(
      `The cache is not effective: a warm build takes ${Math.round((warm / cold) * 100)}% of the cold build's time. Export the cache with mode=max, import it with --cache-from, and keep early steps free of inputs that change on every build.`,
      timing()
    )
  } else if (summary.cache_hit_ratio !== null && summary.cache_hit_ratio < 0.5) {
    add(
      `Warm builds reuse only ${Math.round(summary.cache_hit_ratio * 100)}% of their steps: check that the cache is imported and that early steps do not depend on changing inputs.`,
      timing()
    )
  }
  function timing(): string[] {
    const warmS = summary.scenarios.find(s => s.scenario === 'warm')
    return [
      median(byName('cold')),
      median(warmS),
      warmS ? `warm: ${warmS.cachedSteps}/${warmS.totalSteps} steps cached` : null
    ].filter((x): x is string => x !== null)
  }
  const sourceEdit = summary.scenarios.find(s => s.input_mutation === 'edit-source' && s.runs > 0)
  // A lint finding that already cites the measured re-run says the same at the Dockerfile line.
  const citedByLint = lint.some(f => f.rule === 'BL001' && f.evidence !== undefined)
  const missActions = sourceEdit?.misses?.actions ?? []
  for (const a of missActions) {
    const measuredChange =
      sourceEdit?.previous != null
        ? [
            `since the previous run (${sourceEdit.previous.runId}), the steps a source edit re-runs take ${seconds(sourceEdit.previous.rerunMs)} → ${seconds(sourceEdit.rerunMs)}`
          ]
        : []
    add(`${richPlain(a.title)}: ${a.suggestion.split('\n').join(' / ')}`, [
      ...a.evidence.map(richPlain),
      ...measuredChange
    ])
  }
  if (sourceEdit?.previous && missActions.length === 0 && sourceEdit.misses) {
    add(
      `Measured against the previous run (${sourceEdit.previous.runId}): the steps a source edit re-runs (${sourceEdit.scenario}) take ${seconds(sourceEdit.previous.rerunMs)} → ${seconds(sourceEdit.rerunMs)}.`,
      editEvidence(sourceEdit)
    )
  }
  const hasReorder = missActions.some(a => a.kind === 'reorder')
  if (sourceEdit && !citedByLint && !hasReorder) {
    const installs = sourceEdit.rebuiltSteps.filter(s => INSTALL_STEP.test(s.instruction ?? s.name))
    const ratio = sourceEdit.cache_hit_ratio?.median ?? null
    if (installs.length > 0) {
      const step = installs[0]
      add(
        `Copy lockfiles before sources: after a source-only edit (${sourceEdit.scenario}), "${step.instruction ?? step.name}" ran again (${seconds(step.durationMs)}). COPY the manifest and lockfile, install dependencies, then COPY the sources.`,
        editEvidence(sourceEdit)
      )
    } else if (ratio !== null && ratio < 0.5) {
      add(
        `Copy lockfiles before sources: a source-only edit (${sourceEdit.scenario}) re-ran ${sourceEdit.totalSteps - sourceEdit.cachedSteps} of ${sourceEdit.totalSteps} steps. Order the Dockerfile from what changes least to what changes most.`,
        editEvidence(sourceEdit)
      )
    }
  }
  for (const s of summary.scenarios) {
    if (s.noisy && s.duration_sec?.cv != null) {
      add(
        `${s.scenario} is noisy: its durations vary by ${Math.round(s.duration_sec.cv * 100)}% (CV over ${Math.round(summary.noise_threshold * 100)}%). Rerun on a quiet machine with more --repeat before trusting the numbers.`,
        [
          `${s.scenario}: ${s.runs} runs, min ${seconds(s.duration_sec.min * 1000)}, median ${seconds(s.duration_sec.median * 1000)}, max ${seconds(s.duration_sec.max * 1000)}`
        ]
      )
    }
  }
  const degraded = summary.scenarios.filter(s => s.status === 'degraded')
  if (degraded.length > 0) {
    const reason =
      degraded.flatMap(s => s.notes).find(n => n.startsWith('cache unavailable')) ??
      'the cache backend was unavailable'
    add(
      `${degraded.map(s => s.scenario).join(', ')} ran without the cache (degraded), so their numbers do not measure it: ${reason}. Make the cache directory writable or the registry reachable.`,
      degraded.flatMap(s => s.notes.map(n => `${s.scenario}: ${n}`))
    )
  }
  for (const s of summary.scenarios.filter(x => x.status === 'failed')) {
    add(
      `${s.scenario} failed: ${s.errors[0] ?? 'see the log'}. Fix the build before reading the other numbers.`,
      s.errors.map(e => `${s.scenario}: ${e}`)
    )
  }
  for (const f of lint.filter(f => f.severity !== 'info').slice(0, 5)) {
    const measured = f.evidence ? ` Measured: ${f.evidence}.` : ''
    add(
      `${f.file}:${f.line} ${f.rule}: ${f.message}${measured} Fix: ${f.fix}`,
      f.evidence ? [f.evidence] : []
    )
  }
  return actions
}

/** What a source edit changed and re-ran, as evidence. */
function editEvidence(s: ScenarioSummary): string[] {
  return [
    ...(s.mutatedFile ? [`${s.scenario} edited ${s.mutatedFile}`] : []),
    ...s.rebuiltSteps.slice(0, 5).map(r => `re-ran ${r.instruction ?? r.name} (${seconds(r.durationMs)})`)
  ]
}

/** The report's data: the latest records of each scenario for the newest build in the results. */
export function summarizeLab(records: readonly LabRecord[], options: SummaryOptions = {}): LabSummary {
  const groups = latestByScenario(records)
  if (groups.length === 0)
    throw new BuildLabError('no lab records yet: run `build-lab run <context> --all` first')
  const threshold = options.noiseThreshold ?? DEFAULT_NOISE_THRESHOLD
  const used = groups.flat()
  const scenarios = groups.map(g => ({
    ...summarizeScenario(g, threshold),
    previous: g[0] === undefined ? null : previousRun(records, g[0])
  }))
  const cold = pick(scenarios, 'cold', s => s.cache_mode === 'none' && s.input_mutation === 'none')
  const warm = pick(scenarios, 'warm', s => s.cache_mode !== 'none' && s.input_mutation === 'none')
  const stability = digestStability(used)
  const invalid = baseImageProblems(used)
  const newest = used.reduce((a, b) => (a.startedAt >= b.startedAt ? a : b))
  const oldest = used.reduce((a, b) => (a.startedAt <= b.startedAt ? a : b))
  const base: Omit<LabSummary, 'recommended_actions' | 'actions'> = {
    build: newest.build,
    engine: newest.engine,
    epoch: newest.epoch,
    generatedFrom: {
      runIds: runIdsInOrder(used),
      records: used.length,
      firstStartedAt: oldest.startedAt,
      lastStartedAt: newest.startedAt
    },
    cold_duration: cold?.duration_sec?.median ?? null,
    warm_duration: warm?.duration_sec?.median ?? null,
    cache_hit_ratio: warm?.cache_hit_ratio?.median ?? null,
    digest_stability: stability.value,
    digest_stability_reason: stability.reason,
    valid: invalid.length === 0,
    invalid_reasons: invalid,
    noise_threshold: threshold,
    scenarios
  }
  const actions = recommendedActions(base, options.lintFindings ?? [])
  return { ...base, recommended_actions: actions.map(a => a.action), actions }
}

// ---- compare --last N ----------------------------------------------------------------------------

export interface CompareRow {
  scenario: string
  input_mutation: InputMutation
  /** median seconds in the first and the last run that measured it */
  before: number | null
  after: number | null
  delta_sec: number | null
  /** relative change, after / before - 1 */
  delta_pct: number | null
  hit_before: number | null
  hit_after: number | null
  digest_before: string | null
  digest_after: string | null
  /** every digest of this scenario in the compared runs was the same; null when its inputs are edited on purpose */
  digest_stable: boolean | null
  noisy: boolean
}

export interface Comparison {
  runIds: string[]
  startedAt: string[]
  build: BuildIdentity
  rows: CompareRow[]
  digest_stability: DigestStability
  digest_stability_reason: string
  valid: boolean
  invalid_reasons: string[]
}

/**
 * Compares the last `last` runs (`build-lab run` invocations). Refuses runs of different builds (another
 * context, Dockerfile, target or build args); marks the comparison invalid when a base image changed.
 */
export function compareRuns(
  records: readonly LabRecord[],
  last: number,
  options: SummaryOptions = {}
): Comparison {
  if (!Number.isInteger(last) || last < 2)
    throw new BuildLabError(`--last must be an integer of at least 2 (got ${last})`)
  const ids = runIdsInOrder(records)
  if (ids.length < 2) {
    throw new BuildLabError(
      `compare needs at least 2 runs in the results, found ${ids.length}: run \`build-lab run\` again`
    )
  }
  const chosen = ids.slice(-last)
  const runs = chosen.map(id => records.filter(r => r.runId === id))
  const identities = runs.map(rs => rs[0].build)
  const firstKey = identityKey(identities[0])
  const other = identities.findIndex(b => identityKey(b) !== firstKey)
  if (other !== -1) {
    const a = identities[0]
    const b = identities[other]
    const what = [
      a.context !== b.context ? `context ${a.context} vs ${b.context}` : null,
      a.dockerfile !== b.dockerfile ? `Dockerfile ${a.dockerfile} vs ${b.dockerfile}` : null,
      a.target !== b.target ? `target ${a.target ?? '(last stage)'} vs ${b.target ?? '(last stage)'}` : null,
      JSON.stringify(a.buildArgs) !== JSON.stringify(b.buildArgs)
        ? `build args ${a.buildArgs.join(' ') || '(none)'} vs ${b.buildArgs.join(' ') || '(none)'}`
        : null,
      JSON.stringify(a.platforms) !== JSON.stringify(b.platforms) ? 'platforms differ' : null
    ].filter((x): x is string => x !== null)
    throw new BuildLabError(
      `refusing to compare different builds: run ${chosen[0]} and run ${chosen[other]} differ in ${what.join('; ')}. Use a separate --results file per build.`
    )
  }
  const threshold = options.noiseThreshold ?? DEFAULT_NOISE_THRESHOLD
  const all = runs.flat()
  const names = [...new Set(all.map(r => r.scenario))]
  const rows: CompareRow[] = names.map(name => {
    const per = runs.map(rs => {
      const mine = rs.filter(r => r.scenario === name)
      return mine.length === 0 ? null : summarizeScenario(mine, threshold)
    })
    const present = per.filter((s): s is ScenarioSummary => s !== null)
    const first = per[0]
    const lastRun = per[per.length - 1]
    const before = first?.duration_sec?.median ?? null
    const after = lastRun?.duration_sec?.median ?? null
    const digests = [...new Set(present.flatMap(s => s.digests))]
    const mutation = present[0].input_mutation
    return {
      scenario: name,
      input_mutation: mutation,
      before,
      after,
      delta_sec: before !== null && after !== null ? after - before : null,
      delta_pct: before !== null && after !== null && before > 0 ? after / before - 1 : null,
      hit_before: first?.cache_hit_ratio?.median ?? null,
      hit_after: lastRun?.cache_hit_ratio?.median ?? null,
      digest_before: first?.digests[first.digests.length - 1] ?? null,
      digest_after: lastRun?.digests[lastRun.digests.length - 1] ?? null,
      digest_stable: keepsInputs(mutation) ? digests.length <= 1 : null,
      noisy: present.some(s => s.noisy)
    }
  })
  const stability = digestStability(all)
  const invalid = baseImageProblems(all)
  return {
    runIds: chosen,
    startedAt: runs.map(rs => rs[0].startedAt),
    build: identities[0],
    rows,
    digest_stability: stability.value,
    digest_stability_reason: stability.reason,
    valid: invalid.length === 0,
    invalid_reasons: invalid
  }
}
