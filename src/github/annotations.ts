// Lint findings as workflow annotations: file:line marks on the PR's diff, capped as GitHub caps them.
import type { Recommendation } from '../core/report/highlights.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file: string
  startLine: number
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const

/** GitHub shows at most 10 annotations of each level per step; the rest would be dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10

export function findingAnnotations(findings: readonly Recommendation[]): Annotation[] {
  const counts = { error: 0, warning: 0, notice: 0 }
  const out: Annotation[] = []
  for (const f of findings) {
    const level = LEVEL[f.severity]
    if (counts[level]++ >= MAX_ANNOTATIONS_PER_LEVEL) continue
    out.push({
      level,
      title: `build-lab ${f.rule}`,
      message: `${f.message}\nFix: ${f.fix}`,
      file: f.file,
      startLine: Math.max(1, Math.trunc(f.line))
    })
  }
  return out
}

export interface AnnotationSink {
  error(message: string, properties: { title: string; file: string; startLine: number }): void
  warning(message: string, properties: { title: string; file: string; startLine: number }): void
  notice(message: string, properties: { title: string; file: string; startLine: number }): void
}

/** Sends annotations to @actions/core (or any sink with the same three functions). */
export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink): void {
  for (const a of annotations)
    sink[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine })
}
