// The drift issue: one per image, its title and marker, its body, and whether to open, update or close it.
import { renderDiffMarkdown } from '../diff/render-markdown.js'
import { escapeMarkdown, inlineCode, oneLine } from '../report/format.js'
import type { DriftVerdict } from './attribute.js'

/** Every drift issue's title starts with this; the body's first line carries the image's own marker. */
export const DRIFT_TITLE_PREFIX = '[build-lab drift]'

/** Package changes listed in the body; the rest are counted. */
const MAX_LISTED_PACKAGES = 200

export interface IssueState {
  number: number
  state: 'open' | 'closed'
  body: string
}

export type IssuePlan =
  | { action: 'create'; title: string; body: string }
  | { action: 'update' | 'reopen'; number: number; title: string; body: string }
  | { action: 'close'; number: number; comment: string }
  | { action: 'none'; reason: string }

/** A stable, plain marker for an image key (the key itself may hold anything: it is hashed). */
export function driftMarker(keyHash: string): string {
  return `<!-- build-lab-drift ${keyHash.replace(/[^0-9a-f]/g, '').slice(0, 64)} -->`
}

export function driftIssueTitle(image: string): string {
  return `${DRIFT_TITLE_PREFIX} ${oneLine(image, 200)}`
}

const CAUSE_TITLE: Record<DriftVerdict['cause'], string> = {
  none: 'the digest is back',
  'base-image': 'base image digest moved',
  packages: 'package versions moved',
  engine: 'the engine changed',
  nondeterministic: 'the build is nondeterministic'
}

/** The issue body: cause, digests, the bases, packages and engine that moved, each field escaped. */
export function renderDriftMarkdown(
  verdict: DriftVerdict,
  context: { image: string; marker: string; commit: string | null; runUrl: string | null }
): string {
  const lines = [
    context.marker,
    `## build-lab drift: ${CAUSE_TITLE[verdict.cause]}`,
    '',
    `The same commit${context.commit !== null ? ` (${inlineCode(context.commit)})` : ''} of ${escapeMarkdown(context.image)}, rebuilt in isolation, no longer gives the recorded digest.`,
    '',
    `**Cause:** ${escapeMarkdown(verdict.reason, 1000)}`,
    '',
    '| | Digest | From |',
    '| --- | --- | --- |',
    `| before | ${inlineCode(verdict.before.digest)} | ${escapeMarkdown(verdict.before.origin)} |`,
    `| after | ${inlineCode(verdict.after.digest)} | ${escapeMarkdown(verdict.after.origin)} |`,
    ''
  ]
  if (verdict.bases.length > 0) {
    lines.push(
      '### Base images',
      '',
      '| Image | Platform | Old digest | New digest |',
      '| --- | --- | --- | --- |'
    )
    for (const b of verdict.bases) {
      lines.push(
        `| ${escapeMarkdown(b.ref)} | ${escapeMarkdown(b.platform ?? '(native)')} | ${inlineCode(b.from ?? '(none)')} | ${inlineCode(b.to ?? '(none)')} |`
      )
    }
    lines.push('')
  }
  if (verdict.baseLayersMoved.length > 0) {
    lines.push(
      `The base image layers differ on ${verdict.baseLayersMoved.map(p => escapeMarkdown(p)).join(', ')}: the base image tag points to another image now.`,
      ''
    )
  }
  const packages = verdict.packages.flatMap(p => p.changes.map(c => ({ ...c, platform: p.platform })))
  if (packages.length > 0) {
    lines.push(
      '### Packages',
      '',
      '| Package | Manager | Platform | Old | New |',
      '| --- | --- | --- | --- | --- |'
    )
    for (const c of packages.slice(0, MAX_LISTED_PACKAGES)) {
      lines.push(
        `| ${escapeMarkdown(c.name)} | ${c.manager} | ${escapeMarkdown(c.platform)} | ${inlineCode(c.from ?? '(not installed)')} | ${inlineCode(c.to ?? '(removed)')} |`
      )
    }
    if (packages.length > MAX_LISTED_PACKAGES)
      lines.push('', `…and ${packages.length - MAX_LISTED_PACKAGES} more.`)
    lines.push('')
  }
  if (verdict.engine.length > 0) {
    lines.push('### Engine', '', '| | Before | After |', '| --- | --- | --- |')
    for (const e of verdict.engine) {
      lines.push(`| ${e.field} | ${inlineCode(e.from ?? '?')} | ${inlineCode(e.to ?? '?')} |`)
    }
    lines.push('')
  }
  if (verdict.diagnosis !== null) {
    lines.push('### Diagnosis', '', renderDiffMarkdown(verdict.diagnosis), '')
  }
  if (verdict.notes.length > 0) {
    lines.push(...verdict.notes.map(n => `- ${escapeMarkdown(n, 500)}`), '')
  }
  if (context.runUrl !== null) lines.push(`[The drift run](${encodeURI(context.runUrl)})`, '')
  lines.push('build-lab closes this issue when a rebuild gives the recorded digest again.')
  return lines.join('\n') + '\n'
}

/**
 * What to do with the image's issue: open one (or reopen the closed one) when the digest moved, update
 * it when the body changed, close it when the digest is back.
 */
export function planDriftIssue(
  verdict: DriftVerdict,
  existing: IssueState | null,
  title: string,
  body: string
): IssuePlan {
  if (!verdict.drifted) {
    if (existing === null || existing.state === 'closed')
      return { action: 'none', reason: 'no drift and no open drift issue' }
    return {
      action: 'close',
      number: existing.number,
      comment: `The digest is back: the rebuild gives ${inlineCode(verdict.after.digest)} again. Closing.\n`
    }
  }
  if (existing === null) return { action: 'create', title, body }
  if (existing.state === 'closed') return { action: 'reopen', number: existing.number, title, body }
  if (existing.body === body) return { action: 'none', reason: `issue #${existing.number} is up to date` }
  return { action: 'update', number: existing.number, title, body }
}
