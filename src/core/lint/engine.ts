// lintDockerfile: runs every check over one Dockerfile and returns sorted findings; pure, and it never throws.
import { checks } from './checks.js'
import type { Draft } from './draft.js'
import { findDiagnosis } from './evidence.js'
import { withoutOverlaps } from './buildkit.js'
import { buildModel } from './model.js'
import { applyPolicy } from './policy.js'
import { ruleInfo } from './rules.js'
import type { Finding, LintInput } from './types.js'

function toFinding(draft: Draft, input: LintInput): Finding {
  const rule = ruleInfo(draft.rule)
  const finding: Finding = {
    rule: rule.id,
    severity: draft.severity ?? rule.severity,
    file: input.file,
    line: draft.line,
    message: draft.message,
    why: draft.why ?? rule.why,
    fix: draft.fix ?? rule.fix
  }
  if (draft.endLine !== undefined && draft.endLine > draft.line) finding.endLine = draft.endLine
  if (draft.evidence !== undefined) finding.evidence = draft.evidence
  if (draft.hadolint !== undefined) finding.hadolint = draft.hadolint
  const diagnosis =
    rule.kind === 'reproducibility' && draft.step ? findDiagnosis(input.diagnoses, draft.step) : undefined
  if (diagnosis !== undefined) finding.diagnosis = diagnosis
  return finding
}

/**
 * Lints one Dockerfile: our rules, then BuildKit's findings (when given) that ours do not already report,
 * then ignores and config. Syntax errors come back as BL000 findings with their line, never as exceptions.
 */
export function lintDockerfile(input: LintInput): Finding[] {
  const model = buildModel(input.text)
  const findings: Finding[] = []
  for (const check of checks) {
    try {
      findings.push(...check({ model, input }).map(d => toFinding(d, input)))
    } catch (error) {
      // A rule that trips over an odd Dockerfile must not hide the others.
      const reason = error instanceof Error ? error.message : String(error)
      findings.push(
        toFinding(
          { rule: 'BL000', line: 1, message: `The linter could not check this file fully: ${reason}.` },
          input
        )
      )
    }
  }
  // A line that does not parse gives BL000 alone: what other rules read there is not reliable.
  const rejected = findings.filter(f => f.rule === 'BL000' && f.message.startsWith('Syntax error'))
  const ours = findings.filter(
    f => f.rule === 'BL000' || !rejected.some(r => f.line >= r.line && f.line <= (r.endLine ?? r.line))
  )
  const all = [...ours, ...withoutOverlaps(input.buildkit ?? [], ours)]
  return applyPolicy(all, input.text, input.config).sort(
    (a, b) => a.line - b.line || a.rule.localeCompare(b.rule)
  )
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some(f => f.severity === 'error')
}
