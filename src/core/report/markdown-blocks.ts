// Markdown pieces the job summary and the PR comment share; every name from a build is escaped here.
import { EQUALITY_NOTE } from '../equality.js'
import { comparedRuns, type GateResult, resultGroups, type RunRecord } from '../gate.js'
import { DEFAULT_MAX_DISTINCT } from '../runs.js'
import { shortDigest } from './format.js'
import type { Step } from '../progress.js'
import {
  byteLength,
  clip,
  escapeHtml,
  escapeMarkdown,
  formatBytes,
  formatDuration,
  formatRatio,
  inlineCode
} from './format.js'
import { missSentence } from '../miss/map.js'
import { missKeyFigure, richMarkdown } from './miss-render.js'
import {
  cacheFacts,
  type CacheReport,
  type FirstFix,
  type Highlights,
  type Recommendation,
  sortFindings,
  stepRows
} from './highlights.js'

const EPOCH_SOURCE = {
  input: 'given',
  git: 'commit time of HEAD',
  default: 'default'
} as const

export function runLabel(run: number): string {
  if (run === 1) return '1 (warm)'
  return `${run} (clean, --no-cache)`
}

export function verdictHeading(result: GateResult, level = '##'): string {
  if (result.reproducible) return `${level} ✅ build-lab: reproducible`
  if (result.allowList?.passed)
    return `${level} ⚠️ build-lab: ${escapeMarkdown(result.allowList.reason, 200)}`
  return `${level} ❌ build-lab: not reproducible`
}

/** The allow-list's verdict and the differences it allowed, as a section; empty without an allow-list. */
export function allowListSection(result: GateResult, maxFiles = 10): string[] {
  const list = result.allowList
  if (!list) return []
  const out = ['### Allowed differences', '', escapeMarkdown(list.reason, 500), '']
  if (list.allowed.length > 0) {
    out.push('| glob | reason | files |', '| --- | --- | --- |')
    for (const g of list.allowed) {
      const shown = g.files.slice(0, maxFiles).map(f => inlineCode(f, 160))
      const more = g.files.length > maxFiles ? ` and ${g.files.length - maxFiles} more` : ''
      out.push(
        `| ${inlineCode(g.glob, 120)} | ${escapeMarkdown(g.reason ?? '-', 200)} | ${g.files.length}: ${shown.join(', ')}${more} |`
      )
    }
  }
  if (list.outside.length > 0)
    out.push('', `Outside the list: ${list.outside.map(f => inlineCode(f, 160)).join(', ')}`)
  return out
}

export function firstFixMarkdown(fix: FirstFix): string {
  const where = fix.where !== null ? ` (${inlineCode(fix.where, 100)})` : ''
  return `${escapeMarkdown(fix.problem, 160)}${where} — ${escapeMarkdown(fix.fix, 400)}`
}

/** The four things a reader looks for first, as a list. */
export function keyFigures(h: Highlights): string[] {
  const out: string[] = []
  if (h.firstFix !== null) out.push(`- **First thing to fix:** ${firstFixMarkdown(h.firstFix)}`)
  if (h.slowest !== null) {
    const which =
      h.slowest.run === 1
        ? 'warm build'
        : h.slowest.run === 2
          ? 'clean build'
          : `run ${escapeMarkdown(String(h.slowest.run), 20)}`
    out.push(
      `- **Slowest step:** ${inlineCode(h.slowest.name, 100)} ${formatDuration(h.slowest.durationMs)} (${which})`
    )
  }
  const counts =
    h.totalSteps > 0
      ? ` (${escapeMarkdown(`${h.cachedSteps}/${h.totalSteps}`, 40)} steps cached on the warm build)`
      : ''
  out.push(`- **Cache hit ratio:** ${formatRatio(h.hitRatio)}${counts}`)
  const why = missKeyFigure(h.misses)
  if (why !== null) out.push(why)
  if (h.deltas.length > 0)
    out.push(`- **Compared with the base branch:** ${h.deltas.map(d => escapeMarkdown(d)).join(', ')}`)
  return out
}

/** `2 distinct digests in 3 runs · max-distinct-digests 1`: the drift policy's count, for every report. */
export function driftLine(result: GateResult): string {
  const distinct = result.distinctDigests ?? resultGroups(result).filter(g => g.digest !== null).length
  const what = result.equality === 'content' ? 'distinct images' : 'distinct digests'
  return `${distinct} ${what} in ${result.runs.length} runs · max-distinct-digests ${result.maxDistinctDigests ?? DEFAULT_MAX_DISTINCT}`
}

/** The runs grouped by digest, when the gate made more than two: which runs gave which image. */
export function digestGroupTable(result: GateResult): string[] {
  if (result.runs.length <= 2) return []
  const out = ['| digest | runs |', '| --- | --- |']
  for (const g of resultGroups(result)) {
    const digest = g.digest === null ? 'no image' : inlineCode(g.digest, 100)
    out.push(`| ${digest} | ${escapeMarkdown(g.runs.join(', '), 60)} |`)
  }
  out.push('', escapeMarkdown(driftLine(result), 200))
  return out
}

export function runTable(result: GateResult): string[] {
  const out = [
    '| run | digest | duration | cached/total steps | hit ratio |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const run of result.runs) {
    const digest =
      run.digest !== null
        ? inlineCode(shortDigest(run.digest))
        : `failed: ${escapeMarkdown(run.error ?? 'no digest', 200)}`
    const steps = run.totalSteps > 0 ? escapeMarkdown(`${run.cachedSteps}/${run.totalSteps}`, 40) : '-'
    out.push(
      `| ${escapeMarkdown(runLabel(run.run), 40)} | ${digest} | ${formatDuration(run.durationMs)} | ${steps} | ${formatRatio(run.cacheHitRatio)} |`
    )
  }
  const groups = digestGroupTable(result)
  if (groups.length > 0) out.push('', ...groups)
  if (result.platforms.length > 1) {
    const [a, b] = comparedRuns(result) ?? [1, 2]
    out.push('', `| platform | run ${a} | run ${b} | |`, '| --- | --- | --- | --- |')
    for (const p of result.platforms) {
      out.push(
        `| ${escapeMarkdown(p.platform, 80)} | ${inlineCode(shortDigest(p.run1))} | ${inlineCode(shortDigest(p.run2))} | ${p.equal ? 'same' : '**differs**'} |`
      )
    }
  }
  return out
}

function stepCell(step: Step | null, slowest: boolean): string {
  if (step === null) return '-'
  if (step.error !== null) return `**failed** ${formatDuration(step.durationMs)}`
  if (step.cached) return 'cached'
  const time = formatDuration(step.durationMs)
  return slowest ? `🐢 **${time}**` : time
}

/** Per-step timings of every run; 🐢 marks each run's slowest executed steps. */
export function stepTable(result: GateResult, max = 40): string[] {
  const { rows, omitted } = stepRows(result, max)
  if (rows.length === 0) return []
  const runs = result.runs.map(run => `run ${escapeMarkdown(runLabel(run.run), 40)}`)
  const misses = new Map((result.misses?.misses ?? []).map(m => [m.step, m]))
  const why = misses.size > 0
  const out = [
    `| step | ${runs.join(' | ')} |${why ? ' why run 1 ran it |' : ''}`,
    `| --- |${runs.map(() => ' ---: |').join('')}${why ? ' --- |' : ''}`
  ]
  for (const row of rows) {
    const cells = row.cells.map((cell, i) => stepCell(cell, row.slowest[i] ?? false))
    const miss = misses.get(row.name)
    const reason = why ? ` ${miss ? richMarkdown(missSentence(miss), 200) : ''} |` : ''
    out.push(`| ${inlineCode(row.name, 100)} | ${cells.join(' | ')} |${reason}`)
  }
  if (omitted > 0) out.push('', `${omitted} faster ${omitted === 1 ? 'step is' : 'steps are'} left out.`)
  out.push('', '🐢 marks the slowest steps each run executed.')
  return out
}

export function cacheTable(cache: CacheReport): string[] {
  const facts = cacheFacts(cache)
  return [
    '| hit | restore | save | size |',
    '| --- | --- | --- | --- |',
    `| ${escapeMarkdown(cache.hit, 20)} | ${formatDuration(cache.restoreMs ?? null)} | ${formatDuration(cache.saveMs ?? null)} | ${formatBytes(cache.sizeBytes ?? null)} |`,
    ...(facts.length === 0
      ? []
      : ['', ...facts.map(([k, v]) => `- ${escapeMarkdown(k, 20)}: ${escapeMarkdown(v, 300)}`)])
  ]
}

function version(v: string | null): string {
  return v === null ? 'unknown' : escapeMarkdown(v, 60)
}

export function engineLines(result: GateResult): string[] {
  const e = result.engine
  const buildkit =
    e.buildkit === null
      ? 'unknown'
      : `${version(e.buildkit)}${e.buildkitSource === 'inferred' ? ' (inferred from dockerd)' : ''}`
  return [
    `Docker ${version(e.docker)} · buildx ${version(e.buildx)} · BuildKit ${buildkit} · driver ${version(e.driver)}${e.builder ? ` · builder ${inlineCode(e.builder, 80)}${e.dockerContext ? ' (docker context)' : ''}` : ''}`,
    '',
    `Epoch ${inlineCode(String(result.epoch))} (${EPOCH_SOURCE[result.epochSource]}) · mtimes varied in run 2: ${result.varyMtime ? 'yes' : 'no'}`,
    '',
    `Equality: ${EQUALITY_NOTE[result.equality ?? 'digest']}`
  ]
}

/** An HTML <details> block; the summary is HTML (GitHub doesn't read markdown there), the body markdown. */
export function details(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${escapeHtml(summary, 200)}</summary>`, '', ...body, '', '</details>']
}

const SEVERITY_ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const

export function recommendationsTitle(findings: readonly Recommendation[]): string {
  const count = (s: Recommendation['severity']): number => findings.filter(f => f.severity === s).length
  const parts = (['error', 'warning', 'info'] as const)
    .map(s => [s, count(s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'info' ? 'info' : n === 1 ? s : `${s}s`}`)
  return `Recommendations (${parts.join(', ')})`
}

export function recommendationsTable(findings: readonly Recommendation[], max = 25): string[] {
  const sorted = sortFindings(findings)
  const out = ['| | rule | where | problem | fix |', '| --- | --- | --- | --- | --- |']
  for (const f of sorted.slice(0, max)) {
    out.push(
      `| ${SEVERITY_ICON[f.severity]} | ${escapeMarkdown(f.rule, 40)} | ${inlineCode(`${f.file}:${f.line}`, 80)} | ${escapeMarkdown(f.message, 300)} | ${escapeMarkdown(f.fix, 300)} |`
    )
  }
  if (sorted.length > max) out.push('', `…and ${sorted.length - max} more in the report file.`)
  return out
}

/** The failing step's log tail, as literal text. */
function errorLogBlock(run: RunRecord, maxChars: number): string[] {
  if (run.errorLog === null || run.errorLog === '') return []
  const tail = run.errorLog.length > maxChars ? `…${run.errorLog.slice(-maxChars)}` : run.errorLog
  return details(`Log of the failing step, run ${run.run}`, [
    `<pre>${escapeHtml(tail.replace(/\s+$/, ''))}</pre>`
  ])
}

/** One section per run that failed with a log: its tail, up to `maxChars`. */
export function errorLogSections(result: GateResult, maxChars = 4000): string[] {
  return result.runs.map(run => errorLogBlock(run, maxChars).join('\n')).filter(section => section !== '')
}

/**
 * Joins sections (each a self-contained block) while they fit in `maxBytes`; the first that doesn't
 * fit, and all after it, give way to `note`. The result is never longer than `maxBytes`.
 */
export function fitSections(sections: readonly string[], maxBytes: number, note: string): string {
  const total = sections.join('\n\n') + '\n'
  if (byteLength(total) <= maxBytes) return total
  const tail = `\n\n${note}\n`
  let out = ''
  for (const section of sections) {
    const next = out === '' ? section : `${out}\n\n${section}`
    if (byteLength(next) + byteLength(tail) > maxBytes) break
    out = next
  }
  const result = `${out}${tail}`
  // Only when even the first section plus the note is too big: cut by characters, which can't break UTF-8.
  return byteLength(result) <= maxBytes ? result : clip(result, Math.floor(maxBytes / 4) - 1)
}
