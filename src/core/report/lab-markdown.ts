// The lab report and the comparison as markdown, and the comparison as plain text; stable, golden-tested.
import { mapScenarios, missMarkdown } from './miss-render.js'
import {
  type Comparison,
  type CompareRow,
  type LabSummary,
  MIN_RUNS_FOR_NOISE,
  type ScenarioSummary,
  type Stats
} from '../lab/stats.js'
import { escapeMarkdown, formatDuration, formatRatio, inlineCode, shortDigest } from './format.js'

/** How the hit ratio counts, for every renderer. */
export const HIT_RATIO_NOTE =
  'cached steps / steps that do work; FROM and WORKDIR are left out (BuildKit marks WORKDIR CACHED even under --no-cache), so a --no-cache build is 0%'

/** What "noisy" means here, and whether any scenario ran often enough to tell. */
export function noiseNote(summary: LabSummary): string {
  const judged = summary.scenarios.some(s => s.runs >= MIN_RUNS_FOR_NOISE)
  const rule = `CV of the durations over ${Math.round(summary.noise_threshold * 100)}%, judged from ${MIN_RUNS_FOR_NOISE} runs of a scenario`
  return judged
    ? rule
    : `${rule}; no scenario ran ${MIN_RUNS_FOR_NOISE} times (--repeat ${MIN_RUNS_FOR_NOISE})`
}

function sec(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : formatDuration(value * 1000)
}

function cv(s: Stats | null): string {
  return s?.cv === null || s?.cv === undefined ? '-' : `${(s.cv * 100).toFixed(1)}%`
}

function digestCell(digests: readonly string[]): string {
  if (digests.length === 0) return '-'
  if (digests.length === 1) return inlineCode(shortDigest(digests[0]))
  return `${digests.length} digests`
}

function statusCell(s: ScenarioSummary): string {
  return s.noisy ? `${s.status}, noisy` : s.status
}

function scenarioRow(s: ScenarioSummary): string {
  const cells = [
    inlineCode(s.scenario),
    s.input_mutation,
    s.cache_mode,
    String(s.runs),
    sec(s.duration_sec?.median),
    sec(s.duration_sec?.min),
    sec(s.duration_sec?.max),
    cv(s.duration_sec),
    formatRatio(s.cache_hit_ratio?.median ?? null),
    s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
    digestCell(s.digests),
    statusCell(s)
  ]
  return `| ${cells.join(' | ')} |`
}

/** The report of `build-lab report --format markdown`. Changing its layout breaks the golden test on purpose. */
export function renderLabMarkdown(summary: LabSummary): string {
  const lines: string[] = []
  lines.push('## build-lab lab report', '')
  if (!summary.valid) {
    lines.push(`> **INVALID:** ${escapeMarkdown(summary.invalid_reasons.join('; '), 1000)}`, '')
  }
  lines.push('| metric | value |', '| --- | --- |')
  lines.push(`| cold_duration | ${sec(summary.cold_duration)} |`)
  lines.push(`| warm_duration | ${sec(summary.warm_duration)} |`)
  lines.push(`| cache_hit_ratio | ${formatRatio(summary.cache_hit_ratio)} |`)
  lines.push(`| digest_stability | **${summary.digest_stability}** |`)
  lines.push('')
  lines.push(`digest_stability: ${escapeMarkdown(summary.digest_stability_reason)}`, '')
  lines.push('### Scenarios', '')
  lines.push(
    '| scenario | input_mutation | cache_mode | runs | duration (median) | min | max | CV | cache_hit_ratio | cached/total | digest | status |'
  )
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |')
  for (const s of summary.scenarios) lines.push(scenarioRow(s))
  lines.push('')
  const notes = summary.scenarios.flatMap(s => [
    ...s.notes.map(n => `- ${inlineCode(s.scenario)}: ${escapeMarkdown(n)}`),
    ...s.errors.map(e => `- ${inlineCode(s.scenario)}: error: ${escapeMarkdown(e)}`)
  ])
  if (notes.length > 0) lines.push('Notes:', '', ...notes, '')
  for (const s of mapScenarios(summary)) {
    lines.push(`### Invalidation map: ${escapeMarkdown(s.scenario, 80)}`, '', ...missMarkdown(s.misses), '')
  }
  lines.push('### recommended_actions', '')
  if (summary.recommended_actions.length === 0) {
    lines.push('None: the cache works, a source edit rebuilds little, and the digests are stable.')
  } else {
    summary.recommended_actions.forEach((a, i) => lines.push(`${i + 1}. ${escapeMarkdown(a, 600)}`))
  }
  lines.push('')
  const b = summary.build
  const e = summary.engine
  lines.push('<details><summary>What was measured</summary>', '')
  lines.push(`- context: ${inlineCode(b.context)}`)
  lines.push(`- Dockerfile: ${inlineCode(b.dockerfile)}${b.target ? `, target ${inlineCode(b.target)}` : ''}`)
  lines.push(
    `- build args: ${b.buildArgs.length === 0 ? 'none' : b.buildArgs.map(a => inlineCode(a)).join(' ')}`
  )
  lines.push(`- epoch: ${summary.epoch}`)
  lines.push(`- engine: docker ${e.docker ?? '-'}, BuildKit ${e.buildkit ?? '-'}, buildx ${e.buildx ?? '-'}`)
  lines.push(
    `- runs: ${summary.generatedFrom.runIds.map(id => inlineCode(id)).join(', ')} (${summary.generatedFrom.records} records, ${summary.generatedFrom.firstStartedAt} to ${summary.generatedFrom.lastStartedAt})`
  )
  lines.push(`- cache_hit_ratio: ${HIT_RATIO_NOTE}`)
  lines.push(`- noisy: ${noiseNote(summary)}`)
  lines.push('', '</details>', '')
  return lines.join('\n')
}

function pct(value: number | null): string {
  if (value === null) return '-'
  const rounded = Math.round(value * 1000) / 10
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}%`
}

function deltaSec(value: number | null): string {
  if (value === null) return '-'
  return `${value > 0 ? '+' : value < 0 ? '-' : '±'}${formatDuration(Math.abs(value) * 1000)}`
}

function stableCell(row: CompareRow): string {
  if (row.digest_stable === null) return 'n/a (edited)'
  return row.digest_stable ? 'PASS' : 'FAIL'
}

function compareCells(row: CompareRow): string[] {
  return [
    row.scenario,
    sec(row.before),
    sec(row.after),
    deltaSec(row.delta_sec),
    pct(row.delta_pct),
    `${formatRatio(row.hit_before)} → ${formatRatio(row.hit_after)}`,
    `${shortDigest(row.digest_before)} → ${shortDigest(row.digest_after)}`,
    stableCell(row) + (row.noisy ? ', noisy' : '')
  ]
}

const COMPARE_HEADER = [
  'scenario',
  'before',
  'after',
  'delta',
  'delta %',
  'cache_hit_ratio',
  'digest',
  'digest_stability'
]

export function renderCompareMarkdown(c: Comparison): string {
  const lines = [`## build-lab compare: ${c.runIds.map(id => inlineCode(id)).join(' → ')}`, '']
  if (!c.valid) lines.push(`> **INVALID:** ${escapeMarkdown(c.invalid_reasons.join('; '), 1000)}`, '')
  lines.push(`| ${COMPARE_HEADER.join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: | --- | --- | --- |')
  for (const row of c.rows) {
    const cells = compareCells(row)
    cells[0] = inlineCode(cells[0])
    cells[6] = inlineCode(cells[6])
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push(
    '',
    `digest_stability: **${c.digest_stability}**: ${escapeMarkdown(c.digest_stability_reason)}`,
    ''
  )
  return lines.join('\n')
}

export function renderCompareText(c: Comparison): string {
  const rows = [COMPARE_HEADER, ...c.rows.map(compareCells)]
  const widths = COMPARE_HEADER.map((_, i) => Math.max(...rows.map(r => r[i].length)))
  const out = [`compare ${c.runIds.join(' → ')}`]
  if (!c.valid) for (const reason of c.invalid_reasons) out.push(`INVALID: ${reason}`)
  for (const r of rows)
    out.push(
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd()
    )
  out.push(`digest_stability: ${c.digest_stability}: ${c.digest_stability_reason}`)
  return out.join('\n') + '\n'
}
