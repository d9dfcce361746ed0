// A finding's fix as an edit of the user's Dockerfile: the instruction's lines before and after.
import type { FixPatch } from './types.js'

/** What to change in the instruction: append to a RUN, insert a line before it, or replace a word in it. */
export type DockerfileEdit =
  | { kind: 'append'; text: string }
  | { kind: 'before'; text: string }
  | { kind: 'replace'; pattern: RegExp; with: string }

/** The lines of the instruction that starts at `line` (1-based), with its continuation lines. */
function instructionLines(lines: string[], line: number): { start: number; end: number } | undefined {
  const start = line - 1
  if (start < 0 || start >= lines.length) return undefined
  let end = start
  while (end < lines.length - 1 && /\\\s*$/.test(lines[end]!)) end++
  return { start, end }
}

/** The edit applied to the Dockerfile text; undefined when it does not apply (exec form, heredoc, no match). */
export function patchDockerfile(text: string, line: number, edit: DockerfileEdit): FixPatch | undefined {
  const lines = text.split(/\r?\n/)
  const span = instructionLines(lines, line)
  if (span === undefined) return undefined
  const before = lines.slice(span.start, span.end + 1)
  const first = before[0]!
  if (/<<-?["']?[A-Za-z_]/.test(first)) return undefined
  let after: string[]
  if (edit.kind === 'before') {
    after = [edit.text, ...before]
  } else if (edit.kind === 'append') {
    if (!/^\s*RUN\s/i.test(first) || /^\s*RUN\s+(--\S+\s+)*\[/i.test(first)) return undefined
    const last = before[before.length - 1]!.replace(/\s+$/, '')
    const indent = before.length > 1 ? (/^\s*/.exec(before[before.length - 1]!)?.[0] ?? '    ') : '    '
    after = [...before.slice(0, -1), `${last} \\`, `${indent}${edit.text}`]
  } else {
    let done = false
    after = before.map(l => {
      if (done || !edit.pattern.test(l)) return l
      done = true
      return l.replace(edit.pattern, edit.with)
    })
    if (!done) return undefined
  }
  return { line, before, after }
}
