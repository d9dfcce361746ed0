// The PR comment: the verdict, first fix, slowest step and hit ratio on top, everything else folded.
import type { GateResult } from '../gate.js'
import { escapeMarkdown, inlineCode } from './format.js'
import { fitReport, diagnosisSections } from './gate-markdown.js'
import { highlights, type ReportExtras } from './highlights.js'
import { missMarkdown } from './miss-render.js'
import {
  allowListSection,
  cacheTable,
  details,
  engineLines,
  errorLogSections,
  keyFigures,
  runTable,
  stepTable,
  verdictHeading
} from './markdown-blocks.js'

/** One comment per (workflow, job, context, target): the key of its hidden marker. */
export interface CommentKey {
  workflow: string
  job: string
  context: string
  target: string | null
}

/** GitHub refuses comment bodies over 65,536 characters; bytes count at least as many. */
export const COMMENT_MAX_BYTES = 60_000

/**
 * The hidden first line that finds the comment again. Each part is percent-encoded, so no name can
 * close the HTML comment early or make one key a prefix of another.
 */
export function commentMarker(key: CommentKey): string {
  const part = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D')
  const parts = [key.workflow, key.job, key.context, key.target ?? ''].map(part)
  return `<!-- build-lab:v1 ${parts.join(' ')} -->`
}

export interface CommentOptions {
  maxBytes?: number
  /** A link to the workflow run, where the job summary has every figure. */
  runUrl?: string | null
}

function safeUrl(url: string): string | null {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return null
  return url.replace(
    /[()<>"'`\\[\]|]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

export function renderGateComment(
  result: GateResult,
  key: CommentKey,
  extras: ReportExtras = {},
  options: CommentOptions = {}
): string {
  const h = highlights(result, extras)
  const what = key.target ? `${key.context} (target ${key.target})` : key.context
  const head = [
    commentMarker(key),
    verdictHeading(result, '###'),
    '',
    `${inlineCode(what, 120)}: ${escapeMarkdown(result.reason, 300)} (equality: ${result.equality ?? 'digest'})`,
    '',
    ...keyFigures(h)
  ]
  const sections = [head.join('\n')]
  const allowed = allowListSection(result)
  if (allowed.length > 0) sections.push(allowed.join('\n'))
  const runs = ['### Runs', '', ...runTable(result)]
  const steps = stepTable(result, 25)
  if (steps.length > 0) runs.push('', '### Steps', '', ...steps)
  sections.push(details('Runs and step timings', runs).join('\n'))
  const misses = result.misses ? missMarkdown(result.misses, 15) : []
  if (misses.length > 0)
    sections.push(details('Why run 1 ran steps: the invalidation map', misses).join('\n'))
  sections.push(...errorLogSections(result, 2000))
  sections.push(...diagnosisSections(result, extras, 15))
  const setup = extras.cache ? ['**Cache**', '', ...cacheTable(extras.cache), '', '**Engine**', ''] : []
  sections.push(details('Cache and engine', [...setup, ...engineLines(result)]).join('\n'))
  const url = options.runUrl ? safeUrl(options.runUrl) : null
  const footer = [
    `<sub>workflow ${inlineCode(key.workflow, 80)} · job ${inlineCode(key.job, 80)}`,
    url !== null ? ` · [full report in the job summary](${url})` : '',
    ' · updated on every push</sub>'
  ].join('')
  sections.push(footer)
  // The marker must survive truncation: it is in the first section, which always fits.
  return fitReport(sections, options.maxBytes ?? COMMENT_MAX_BYTES, extras.reportPath)
}
