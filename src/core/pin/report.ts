// The `pin --json` report, read back from a file as hostile JSON, and the body of a digest-bump pull request.
import { isRecord } from '../json.js'
import { gatePasses } from '../gate.js'
import type { GateReport } from '../report/gate-report-schema.js'
import { escapeMarkdown, inlineCode } from '../report/format.js'
import { isDigest } from '../registry/reference.js'
import { moved, type PinResult, type PinStatus, pinBranch } from './plan.js'

/** One image in the report: the result, the refresh branch, and the created dates of both digests. */
export interface PinReportImage extends PinResult {
  branch: string
  created: { old: string | null; current: string | null }
}

export interface PinReport {
  file: string
  check: boolean
  changed: boolean
  platform: string | null
  images: PinReportImage[]
  notes: string[]
}

export function reportImage(result: PinResult, created: PinReportImage['created']): PinReportImage {
  return { ...result, branch: pinBranch(result.key), created }
}

const STATUSES: readonly PinStatus[] = ['unpinned', 'stale', 'fresh', 'digest-only']
const WHERES: readonly PinResult['where'][] = ['FROM', 'COPY --from', 'RUN --mount=from']

function record(v: unknown): Record<string, unknown> | null {
  return isRecord(v) ? v : null
}

function text(o: Record<string, unknown>, name: string, at: string, max = 1000): string {
  const v = o[name]
  if (typeof v !== 'string' || v.length > max)
    throw new Error(`${at}.${name} must be a string of at most ${max} characters`)
  return v
}

function nullableText(o: Record<string, unknown>, name: string, at: string, max = 1000): string | null {
  return o[name] === null || o[name] === undefined ? null : text(o, name, at, max)
}

function digestField(o: Record<string, unknown>, name: string, at: string): string | null {
  const v = nullableText(o, name, at)
  if (v !== null && !isDigest(v)) throw new Error(`${at}.${name} must be a sha256 digest or null`)
  return v
}

/** A report as `pin --json` wrote it; every field checked, or one line saying which is wrong. */
export function parsePinReport(data: unknown): PinReport | string {
  try {
    const r = record(data)
    if (r === null) return 'is not a JSON object'
    if (!Array.isArray(r['images'])) return '.images must be an array'
    if (r['images'].length > 500) return '.images has more than 500 entries'
    const images = r['images'].map((value, i): PinReportImage => {
      const at = `.images[${i}]`
      const o = record(value)
      if (o === null) throw new Error(`${at} must be an object`)
      const status = STATUSES.find(s => s === o['status'])
      const where = WHERES.find(w => w === o['where'])
      if (status === undefined) throw new Error(`${at}.status must be one of ${STATUSES.join(', ')}`)
      if (where === undefined) throw new Error(`${at}.where must be one of ${WHERES.join(', ')}`)
      const line = o['line']
      if (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 1)
        throw new Error(`${at}.line must be a line number`)
      const created = record(o['created']) ?? {}
      return {
        line,
        where,
        written: text(o, 'written', at),
        image: text(o, 'image', at),
        via: text(o, 'via', at),
        status,
        old: digestField(o, 'old', at),
        current: digestField(o, 'current', at),
        pinned: nullableText(o, 'pinned', at),
        blocked: nullableText(o, 'blocked', at),
        arg: nullableText(o, 'arg', at, 200),
        key: text(o, 'key', at, 400),
        branch: text(o, 'branch', at, 200),
        created: {
          old: nullableText(created, 'old', `${at}.created`, 100),
          current: nullableText(created, 'current', `${at}.created`, 100)
        }
      }
    })
    const notes = Array.isArray(r['notes'])
      ? r['notes'].filter((n): n is string => typeof n === 'string')
      : []
    return {
      file: text(r, 'file', ''),
      check: r['check'] === true,
      changed: r['changed'] === true,
      platform: nullableText(r, 'platform', '', 100),
      images,
      notes
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function digestCell(digest: string | null): string {
  return digest === null ? '(none: the tag was not pinned)' : inlineCode(digest, 80)
}

function createdCell(created: string | null): string {
  return created === null ? 'unknown' : escapeMarkdown(created, 100)
}

function gateSection(gate: GateReport | null): string[] {
  if (gate === null) return ['The gate did not run on the bumped Dockerfile.']
  const r = gate.result
  const verdict = r.reproducible
    ? '✅ **reproducible**: two builds gave the same image'
    : gatePasses(r)
      ? '✅ **passes with allowed differences**'
      : `❌ **not reproducible**: ${escapeMarkdown(r.reason, 300)}`
  const lines = [verdict, '', `- digest: ${r.digest === null ? 'none' : inlineCode(r.digest, 80)}`]
  const files = r.diff?.files ?? []
  if (files.length > 0) {
    lines.push(`- files that differ: ${files.length}`)
    for (const f of files.slice(0, 5))
      lines.push(`  - ${inlineCode(f.path, 120)}${f.cause ? ` (${escapeMarkdown(f.cause, 60)})` : ''}`)
  }
  return lines
}

/**
 * The body of the pull request that bumps these images (normally one: the workflow opens one PR per
 * image). Every field from the Dockerfile, the registry or the gate is escaped.
 */
export function renderPrBody(report: PinReport, gate: GateReport | null): string {
  const images = report.images.filter(i => moved(i) && i.blocked === null)
  const title =
    images.length === 1 ? inlineCode(images[0]!.image.replace(/@.*$/, ''), 200) : `${images.length} images`
  const out = [`## Bump ${title} to the digest its tag points at now`, '']
  if (images.length === 0) out.push('Nothing moved: every pinned digest is the one its tag points at.', '')
  for (const i of images) {
    out.push(
      `**${inlineCode(i.image.replace(/@.*$/, ''), 200)}**, ${escapeMarkdown(i.where, 20)} on line ${i.line} of ${inlineCode(report.file, 200)}${i.arg === null ? '' : ` (the default of ${inlineCode(`ARG ${i.arg}`, 120)})`}`,
      '',
      '| | digest | created |',
      '|---|---|---|',
      `| old | ${digestCell(i.old)} | ${i.old === null ? '-' : createdCell(i.created.old)} |`,
      `| new | ${digestCell(i.current)} | ${createdCell(i.created.current)} |`,
      ''
    )
  }
  out.push('### The gate on the bumped Dockerfile', '', ...gateSection(gate), '')
  out.push(
    '### Before you merge',
    '',
    "- [ ] Read the security advisories for the new image (its release notes, the distribution's security tracker, a scanner run on the new digest).",
    '- [ ] The gate above is green, or its differences are understood.',
    '',
    '<sub>Opened by the monthly pin refresh (`build-lab pin`). Renovate and Dependabot read the same `name:tag@digest` form.</sub>',
    ''
  )
  return out.join('\n')
}
