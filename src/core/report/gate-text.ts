// The one-screen text summary of a gate result, for terminals.
import { type GateResult, shortDigest } from '../gate.js'
import { formatDuration, formatRatio } from './format.js'

const EPOCH_SOURCE = {
  input: 'given',
  git: 'commit time of HEAD',
  default: 'default'
} as const

export function renderGateText(r: GateResult, diffText: string | null = null): string {
  const lines: string[] = []
  lines.push(r.reproducible ? 'PASS  reproducible' : 'FAIL  not reproducible')
  lines.push(`  ${r.reason}`)
  lines.push(`  epoch    ${r.epoch} (${EPOCH_SOURCE[r.epochSource]})`)
  for (const run of r.runs) {
    const label = run.run === 1 ? 'run 1 (warm)    ' : 'run 2 (isolated)'
    const hits =
      run.totalSteps > 0
        ? `  cache ${run.cachedSteps}/${run.totalSteps} steps (${formatRatio(run.cacheHitRatio)})`
        : ''
    const digest = run.digest ?? `failed: ${run.error ?? 'no digest'}`
    lines.push(`  ${label}  ${digest}  ${formatDuration(run.durationMs)}${run.run === 1 ? hits : ''}`)
  }
  if (r.platforms.length > 1) {
    for (const p of r.platforms) {
      lines.push(
        `  ${p.equal ? 'same' : 'DIFF'}  ${p.platform}  ${shortDigest(p.run1)} ${shortDigest(p.run2)}`
      )
    }
  }
  if (diffText) lines.push('', diffText.replace(/\s+$/, ''))
  if (!r.reproducible)
    lines.push(
      '',
      `  layouts kept in ${r.workDir} (run1/, run2/): build-lab diff ${r.workDir}/run1 ${r.workDir}/run2`
    )
  return lines.join('\n') + '\n'
}
