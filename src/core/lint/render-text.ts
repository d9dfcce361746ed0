// Renders lint findings as plain text for a terminal: one block per finding, then a count.
import { ruleName } from './rules.js'
import type { Finding, Severity } from './types.js'

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

export function renderLintText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No lint findings.\n'
  const blocks = findings.map(f => {
    const lines = [
      `${f.file}:${f.line}: ${f.severity} ${f.rule} ${ruleName(f.rule)}${f.hadolint ? ` (hadolint ${f.hadolint})` : ''}`,
      `  ${f.message}`,
      `  why: ${f.why}`,
      `  fix: ${f.fix}`
    ]
    if (f.evidence !== undefined) lines.push(`  measured: ${f.evidence}`)
    if (f.diagnosis !== undefined) lines.push(`  diagnosis: ${f.diagnosis}`)
    if (f.url !== undefined) lines.push(`  see: ${f.url}`)
    return lines.join('\n')
  })
  const c = summarize(findings)
  const total = `${plural(findings.length, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`
  return `${blocks.join('\n\n')}\n\n${total}\n`
}
