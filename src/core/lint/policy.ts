// What the user asked to see: inline and file-level ignores, disabled rules, severity overrides, the fail level.
import type { Finding, LintConfig, Severity } from './types.js'

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }
const PRAGMA = /^\s*#\s*build-lab\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9:_,\s-]+?)\s*$/

export interface Ignores {
  /** Rule ids ignored in the whole file. */
  file: Set<string>
  /** 1-based line of an instruction → rule ids ignored on it (from the comments right above it). */
  lines: Map<number, Set<string>>
}

function ids(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map(id => id.trim())
    .filter(id => id !== '')
}

/**
 * Reads `# build-lab ignore=BL003,BL004` (for the next instruction: the comment block right above it)
 * and `# build-lab ignore-file=BL003` (anywhere, for the whole file).
 */
export function parseIgnores(text: string): Ignores {
  const ignores: Ignores = { file: new Set(), lines: new Map() }
  const lines = text.split(/\r?\n/)
  let pending: string[] = []
  lines.forEach((line, index) => {
    const m = PRAGMA.exec(line)
    if (m) {
      if (m[1] === 'ignore-file') for (const id of ids(m[2]!)) ignores.file.add(id)
      else pending.push(...ids(m[2]!))
      return
    }
    if (/^\s*#/.test(line) || line.trim() === '') return
    if (pending.length > 0) ignores.lines.set(index + 1, new Set(pending))
    pending = []
  })
  return ignores
}

function ignored(f: Finding, ignores: Ignores, disabled: Set<string>): boolean {
  if (disabled.has(f.rule) || ignores.file.has(f.rule)) return true
  return ignores.lines.get(f.line)?.has(f.rule) ?? false
}

/** Drops ignored and disabled findings, and applies severity overrides. */
export function applyPolicy(findings: Finding[], text: string, config: LintConfig | undefined): Finding[] {
  const ignores = parseIgnores(text)
  const disabled = new Set(config?.disable ?? [])
  return findings
    .filter(f => !ignored(f, ignores, disabled))
    .map(f => {
      const severity = config?.severity[f.rule]
      return severity === undefined || severity === f.severity ? f : { ...f, severity }
    })
}

/** Whether any finding is at `level` or above: the check fails (exit 1). */
export function failsAt(findings: readonly Finding[], level: Severity): boolean {
  return findings.some(f => RANK[f.severity] >= RANK[level])
}
