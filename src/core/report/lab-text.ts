// The lab report as plain text for a terminal: aligned columns, no markdown escapes, control characters made visible.
import type { LabSummary, ScenarioSummary } from '../lab/stats.js'
import { formatDuration, formatRatio, oneLine, shortDigest } from './format.js'
import { HIT_RATIO_NOTE, noiseNote } from './lab-markdown.js'

function sec(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : formatDuration(value * 1000)
}

/** Rows as columns padded to their widest cell. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)))
  return rows.map(r =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  )
}

function scenarioCells(s: ScenarioSummary): string[] {
  const d = s.duration_sec
  return [
    oneLine(s.scenario, 64),
    s.input_mutation,
    s.cache_mode,
    String(s.runs),
    sec(d?.median),
    d && d.n > 1 ? `${sec(d.min)}–${sec(d.max)}` : '-',
    formatRatio(s.cache_hit_ratio?.median ?? null),
    s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
    s.digests.length === 0
      ? '-'
      : s.digests.length === 1
        ? shortDigest(s.digests[0])
        : `${s.digests.length} digests`,
    s.noisy ? `${s.status}, noisy` : s.status
  ]
}

/** `build-lab report` on a terminal. */
export function renderLabText(summary: LabSummary): string {
  const out: string[] = ['build-lab lab report', '']
  if (!summary.valid) for (const r of summary.invalid_reasons) out.push(`INVALID: ${oneLine(r, 1000)}`)
  out.push(
    ...columns([
      ['cold_duration', sec(summary.cold_duration)],
      ['warm_duration', sec(summary.warm_duration)],
      ['cache_hit_ratio', formatRatio(summary.cache_hit_ratio)],
      ['digest_stability', `${summary.digest_stability}: ${oneLine(summary.digest_stability_reason, 600)}`]
    ]),
    ''
  )
  out.push(
    ...columns([
      [
        'scenario',
        'input_mutation',
        'cache_mode',
        'runs',
        'median',
        'min–max',
        'hits',
        'cached',
        'digest',
        'status'
      ],
      ...summary.scenarios.map(scenarioCells)
    ]),
    ''
  )
  const notes = summary.scenarios.flatMap(s => [
    ...s.notes.map(n => `  ${oneLine(s.scenario, 64)}: ${oneLine(n, 600)}`),
    ...s.errors.map(e => `  ${oneLine(s.scenario, 64)}: error: ${oneLine(e, 600)}`)
  ])
  if (notes.length > 0) out.push('notes:', ...notes, '')
  out.push('recommended_actions:')
  if (summary.actions.length === 0)
    out.push('  none: the cache works, a source edit rebuilds little, and the digests are stable')
  summary.actions.forEach((a, i) => {
    out.push(`  ${i + 1}. ${oneLine(a.action, 800)}`)
    for (const e of a.evidence) out.push(`     - ${oneLine(e, 300)}`)
  })
  out.push('', `cache_hit_ratio: ${HIT_RATIO_NOTE}`, `noisy: ${noiseNote(summary)}`)
  const b = summary.build
  out.push(
    `context: ${oneLine(b.context, 300)}, Dockerfile: ${oneLine(b.dockerfile, 300)}${b.target ? `, target ${oneLine(b.target, 100)}` : ''}`,
    `runs: ${summary.generatedFrom.runIds.map(id => oneLine(id, 64)).join(', ')} (${summary.generatedFrom.records} records)`
  )
  return out.join('\n') + '\n'
}
