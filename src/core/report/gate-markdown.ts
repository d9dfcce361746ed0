// The markdown summary of a gate result: the job summary and `gate --format markdown`.
import { type GateResult, shortDigest } from '../gate.js'
import { escapeMarkdown, formatDuration, formatRatio, inlineCode } from './format.js'

export function renderGateMarkdown(r: GateResult, diffMarkdown: string | null = null): string {
  const out: string[] = []
  out.push(r.reproducible ? '## ✅ build-lab: reproducible' : '## ❌ build-lab: not reproducible')
  out.push('', escapeMarkdown(r.reason, 500), '')
  out.push('| run | digest | duration | cached steps | hit ratio |')
  out.push('| --- | --- | --- | --- | --- |')
  for (const run of r.runs) {
    const name = run.run === 1 ? '1 (warm)' : '2 (isolated, --no-cache)'
    const digest = run.digest
      ? inlineCode(shortDigest(run.digest))
      : `failed: ${escapeMarkdown(run.error ?? '')}`
    const steps = run.totalSteps > 0 ? `${run.cachedSteps}/${run.totalSteps}` : '-'
    out.push(
      `| ${name} | ${digest} | ${formatDuration(run.durationMs)} | ${steps} | ${formatRatio(run.cacheHitRatio)} |`
    )
  }
  if (r.platforms.length > 1) {
    out.push('', '| platform | run 1 | run 2 | |', '| --- | --- | --- | --- |')
    for (const p of r.platforms) {
      out.push(
        `| ${escapeMarkdown(p.platform)} | ${inlineCode(shortDigest(p.run1))} | ${inlineCode(shortDigest(p.run2))} | ${p.equal ? 'same' : '**differs**'} |`
      )
    }
  }
  out.push('', `Epoch \`${r.epoch}\` · mtimes varied in run 2: ${r.varyMtime ? 'yes' : 'no'}`)
  if (r.digest) out.push('', `Image digest: \`${r.digest}\``)
  if (diffMarkdown) out.push('', diffMarkdown.replace(/\s+$/, ''))
  return out.join('\n') + '\n'
}
