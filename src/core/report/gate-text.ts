// The one-screen text summary of a gate result, for terminals.
import { comparedRuns, type GateResult, keptLayouts, keptLayoutsLine, resultGroups } from '../gate.js'
import { driftLine } from './markdown-blocks.js'
import { EQUALITY_NOTE } from '../equality.js'
import { formatDuration, formatRatio, oneLine, shortDigest } from './format.js'

const EPOCH_SOURCE = {
  input: 'given',
  git: 'commit time of HEAD',
  default: 'default'
} as const

/** A value from a build or an image, on one line with controls made visible. */
function t(value: unknown, max = 300): string {
  return oneLine(String(value), max)
}

/** The verdict as text; `diffText` is renderDiffText's output, already neutralised line by line. */
export function renderGateText(r: GateResult, diffText: string | null = null): string {
  const lines: string[] = []
  const allow = r.allowList
  lines.push(
    r.reproducible
      ? 'PASS  reproducible'
      : allow?.passed
        ? `WARN  ${t(allow.reason)}`
        : 'FAIL  not reproducible'
  )
  lines.push(`  ${t(r.reason, 600)}`)
  if (allow) {
    if (!allow.passed) lines.push(`  allow-list: ${t(allow.reason, 600)}`)
    for (const g of allow.allowed) {
      lines.push(
        `  allowed  ${t(g.glob)}${g.reason !== null ? ` (${t(g.reason)})` : ''}: ${g.files.length} files`
      )
      for (const f of g.files.slice(0, 20)) lines.push(`    ${t(f)}`)
      if (g.files.length > 20) lines.push(`    ... and ${g.files.length - 20} more`)
    }
    if (allow.outside.length > 0) lines.push(`  outside the list: ${allow.outside.map(f => t(f)).join(', ')}`)
  }
  lines.push(`  epoch    ${t(r.epoch)} (${t(EPOCH_SOURCE[r.epochSource])})`)
  lines.push(`  equality ${EQUALITY_NOTE[r.equality ?? 'digest']}`)
  if (r.engine.builder)
    lines.push(`  builder  ${t(r.engine.builder)}${r.engine.dockerContext ? ' (docker context)' : ''}`)
  for (const run of r.runs) {
    const label = run.run === 1 ? 'run 1 (warm)    ' : `run ${run.run} (isolated)`
    const hits =
      run.totalSteps > 0
        ? `  cache ${t(run.cachedSteps)}/${t(run.totalSteps)} steps (${formatRatio(run.cacheHitRatio)})`
        : ''
    const digest = t(run.digest ?? `failed: ${run.error ?? 'no digest'}`)
    lines.push(`  ${label}  ${digest}  ${formatDuration(run.durationMs)}${run.run === 1 ? hits : ''}`)
  }
  if (r.runs.length > 2) {
    lines.push(`  digests  ${t(driftLine(r))}`)
    for (const g of resultGroups(r)) {
      lines.push(
        `    ${t(g.digest ?? 'no image')}  ${g.runs.length === 1 ? 'run' : 'runs'} ${t(g.runs.join(', '))}`
      )
    }
  }
  if (r.platforms.length > 1) {
    const [a, b] = comparedRuns(r) ?? [1, 2]
    if (r.runs.length > 2) lines.push(`  platforms of run ${a} and run ${b}:`)
    for (const p of r.platforms) {
      lines.push(
        `  ${p.equal ? 'same' : 'DIFF'}  ${t(p.platform)}  ${t(shortDigest(p.run1))} ${t(shortDigest(p.run2))}`
      )
    }
  }
  if (diffText) lines.push('', diffText.replace(/\s+$/, ''))
  const kept = keptLayouts(r)
  if (kept.length === 2) lines.push('', `  ${t(keptLayoutsLine(r.workDir, kept), 2000)}`)
  return lines.join('\n') + '\n'
}
