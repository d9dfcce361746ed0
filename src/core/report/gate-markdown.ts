// The markdown summary of a gate result: the job summary and `gate --format markdown`.
import { renderDiffMarkdown } from '../diff/render-markdown.js'
import type { GateResult } from '../gate.js'
import { escapeMarkdown, inlineCode } from './format.js'
import { diagnosisOf, highlights, type ReportExtras } from './highlights.js'
import { missMarkdown } from './miss-render.js'
import {
  allowListSection,
  cacheTable,
  details,
  engineLines,
  errorLogSections,
  fitSections,
  keyFigures,
  recommendationsTable,
  recommendationsTitle,
  runTable,
  stepTable,
  verdictHeading
} from './markdown-blocks.js'

/** GitHub refuses a step summary over 1 MiB; the margin leaves room for what other steps write. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024

export interface SummaryOptions {
  maxBytes?: number
}

/** The diagnosis markdown: the caller's, else rendered from the structured diff. */
function diagnosisMarkdown(result: GateResult, extras: ReportExtras): string | null {
  if (extras.diagnosisMarkdown !== undefined && extras.diagnosisMarkdown !== null) {
    return extras.diagnosisMarkdown.replace(/\s+$/, '')
  }
  const diff = diagnosisOf(result, extras)
  return diff === null || diff.identical ? null : renderDiffMarkdown(diff).replace(/\s+$/, '')
}

/** The closing sections both reports fold: the diagnosis, then up to `maxFindings` recommendations. */
export function diagnosisSections(result: GateResult, extras: ReportExtras, maxFindings = 25): string[] {
  const sections: string[] = []
  const diagnosis = diagnosisMarkdown(result, extras)
  if (diagnosis !== null) sections.push(details('Diagnosis: why the digests differ', [diagnosis]).join('\n'))
  const findings = extras.findings ?? []
  if (findings.length > 0) {
    sections.push(
      details(recommendationsTitle(findings), recommendationsTable(findings, maxFindings)).join('\n')
    )
  }
  return sections
}

function truncationNote(reportPath: string | null | undefined): string {
  const where = reportPath
    ? `: ${inlineCode(reportPath, 300)} (the \`report-path\` output)`
    : ' (the `report-path` output)'
  return `> [!NOTE]\n> This report was cut short to fit GitHub's size limit. The full report is in the report file${where}.`
}

/** The sections that fit in `maxBytes`, then a note that the report file (at `reportPath`) has the rest. */
export function fitReport(
  sections: readonly string[],
  maxBytes: number,
  reportPath: string | null | undefined
): string {
  return fitSections(sections, maxBytes, truncationNote(reportPath))
}

/**
 * The job summary: verdict, key figures, runs, steps, cache, engine, then the diagnosis and the
 * recommendations folded. A string second argument is the diagnosis markdown (the older call form).
 */
export function renderGateMarkdown(
  result: GateResult,
  extrasOrDiagnosis: ReportExtras | string | null = {},
  options: SummaryOptions = {}
): string {
  const extras: ReportExtras =
    typeof extrasOrDiagnosis === 'string' || extrasOrDiagnosis === null
      ? { diagnosisMarkdown: extrasOrDiagnosis }
      : extrasOrDiagnosis
  const h = highlights(result, extras)
  const sections: string[] = []
  sections.push(
    [
      verdictHeading(result),
      '',
      `${escapeMarkdown(result.reason, 500)} (equality: ${result.equality ?? 'digest'})`,
      '',
      ...keyFigures(h)
    ].join('\n')
  )
  sections.push(['### Runs', '', ...runTable(result)].join('\n'))
  const allowed = allowListSection(result)
  if (allowed.length > 0) sections.push(allowed.join('\n'))
  sections.push(...errorLogSections(result))
  const steps = stepTable(result)
  if (steps.length > 0) sections.push(['### Steps', '', ...steps].join('\n'))
  const misses = result.misses ? missMarkdown(result.misses) : []
  if (misses.length > 0)
    sections.push(['### Why run 1 ran steps: the invalidation map', '', ...misses].join('\n'))
  if (extras.cache) sections.push(['### Cache', '', ...cacheTable(extras.cache)].join('\n'))
  const engine = ['### Engine', '', ...engineLines(result)]
  if (result.digest) engine.push('', `Image digest: ${inlineCode(result.digest, 100)}`)
  sections.push(engine.join('\n'))
  sections.push(...diagnosisSections(result, extras))
  return fitReport(sections, options.maxBytes ?? SUMMARY_MAX_BYTES, extras.reportPath)
}
