// What `build-lab pin` does to a Dockerfile, pure: which images it names, which are unpinned or stale, and the edits that pin them.
import { buildModel, type Span } from '../lint/model.js'
import { imageUses } from '../lint/images.js'
import { oneLine } from '../report/format.js'
import { parsePlatform } from '../registry/manifest.js'
import {
  canonicalReference,
  effectiveTag,
  type ImageReference,
  pinnedReference,
  tryParseReference
} from '../registry/reference.js'

export type PinStatus = 'unpinned' | 'stale' | 'fresh' | 'digest-only'

/** One image a Dockerfile names, where, and how it can be pinned. */
export interface PinSite {
  line: number
  where: 'FROM' | 'COPY --from' | 'RUN --mount=from'
  /** As written: `node:22`, `${BASE}`. */
  written: string
  /** After ARG defaults: the reference that is resolved. */
  image: string
  /** How the ARG default was used, e.g. " (from `ARG BASE` on line 1)"; "" when the reference is literal. */
  via: string
  ref: ImageReference
  /** The text to replace with the pinned reference, and what is there now; null when it cannot be edited. */
  edit: { span: Span; before: string; quote: string; argName: string | null } | null
  /** Why the site cannot be edited (the reference is built from ARGs, or written across lines). */
  blocked: string | null
  /** A FROM's own literal `--platform=os/arch` (not `$BUILDPLATFORM`): the tag must have that platform. */
  platform: string | null
}

/** A Dockerfile read for pinning: the sites, and what was left out and why. */
export interface PinScan {
  sites: PinSite[]
  notes: string[]
}

/** The images of a Dockerfile that `pin` resolves: every FROM, COPY --from and RUN --mount=from image. */
export function scanDockerfile(text: string): PinScan {
  const model = buildModel(text)
  const notes: string[] = []
  const uses = imageUses(model, {
    file: 'Dockerfile',
    text,
    context: { hasDockerignore: false, entries: [] }
  })
  const sites: PinSite[] = []
  for (const use of uses) {
    const parsed = tryParseReference(use.image)
    const line = use.step.line
    if (typeof parsed === 'string') {
      notes.push(
        `${use.where} on line ${line}: skipped ${JSON.stringify(use.image.slice(0, 200))}: ${parsed}`
      )
      continue
    }
    const flag = use.where === 'FROM' ? use.step.flags.find(f => f.name === 'platform')?.value : undefined
    const platform = flag && !flag.includes('$') && typeof parsePlatform(flag) !== 'string' ? flag : null
    sites.push({
      line,
      where: use.where,
      written: use.written,
      image: use.image,
      via: use.via,
      ref: parsed,
      ...editOf(text, use, parsed),
      platform
    })
  }
  // FROMs that name an ARG with no default value were left out above: say so, once each.
  const used = new Set(uses.map(u => u.step))
  for (const stage of model.stages) {
    const written = stage.from.args[0]
    if (written === undefined || used.has(stage.from) || !written.includes('$')) continue
    notes.push(
      `FROM ${oneLine(written, 200)} on line ${stage.from.line}: skipped, its ARG has no default value to resolve (give the ARG a default, e.g. \`ARG BASE=node:22\`)`
    )
  }
  return { sites, notes }
}

type UseOf = ReturnType<typeof imageUses>[number]

function editOf(text: string, use: UseOf, ref: ImageReference): Pick<PinSite, 'edit' | 'blocked'> {
  if (use.arg !== null) {
    const span = use.arg.valueSpan
    const raw = span === null ? null : text.slice(span.start, span.end)
    if (span === null || raw === null) {
      return {
        edit: null,
        blocked: `the default of \`ARG ${use.arg.name}\` on line ${use.arg.line} is written in a way pin does not edit (escapes or a line continuation)`
      }
    }
    const quote = /^(["']).*\1$/.test(raw) ? raw[0]! : ''
    if (raw.slice(quote.length, raw.length - quote.length) !== use.image) {
      return {
        edit: null,
        blocked: `the default of \`ARG ${use.arg.name}\` on line ${use.arg.line} is built from other ARGs: write the whole reference there to pin it`
      }
    }
    return { edit: { span, before: raw, quote, argName: use.arg.name }, blocked: null }
  }
  if (use.written !== use.image) {
    return {
      edit: null,
      blocked: `the reference is built from ARGs (${oneLine(use.written, 120)}): move the whole reference into one ARG default, e.g. \`ARG BASE=${ref.name}:${effectiveTag(ref)}\` and \`FROM \${BASE}\`, to pin it`
    }
  }
  const span = use.span
  if (span === null || text.slice(span.start, span.end) !== use.written) {
    return {
      edit: null,
      blocked: 'the reference is written across lines or with escapes, which pin does not edit'
    }
  }
  return { edit: { span, before: use.written, quote: '', argName: null }, blocked: null }
}

/** What the registry said about one reference (its tag, digest dropped): the digest the tag points at now. */
export interface Resolution {
  digest: string
}

/** The key a reference is resolved under: canonical name and tag, without the digest. */
export function resolutionKey(ref: ImageReference): string {
  return canonicalReference({ ...ref, tag: effectiveTag(ref), digest: null })
}

/** One site after resolution. */
export interface PinResult {
  line: number
  where: PinSite['where']
  written: string
  image: string
  via: string
  status: PinStatus
  /** The digest pinned before (null when unpinned). */
  old: string | null
  /** The digest the tag points at now (null for a digest-only pin, which has no tag to follow). */
  current: string | null
  /** The reference pinned to `current`: `name:tag@digest`. */
  pinned: string | null
  /** Set when the site is unpinned or stale and cannot be edited: what to do by hand. */
  blocked: string | null
  /** The ARG whose default pin edits, when the reference comes from one. */
  arg: string | null
  /** The key the resolution is under (canonical name:tag). */
  key: string
}

export function decide(site: PinSite, resolution: Resolution | null): PinResult {
  const base = {
    line: site.line,
    where: site.where,
    written: site.written,
    image: site.image,
    via: site.via,
    old: site.ref.digest,
    arg: site.edit?.argName ?? null,
    key: resolutionKey(site.ref)
  }
  if (site.ref.tag === null && site.ref.digest !== null) {
    return { ...base, status: 'digest-only', current: null, pinned: null, blocked: null }
  }
  if (resolution === null) throw new Error(`no resolution for ${base.key}`)
  const status: PinStatus =
    site.ref.digest === null ? 'unpinned' : site.ref.digest === resolution.digest ? 'fresh' : 'stale'
  return {
    ...base,
    status,
    current: resolution.digest,
    pinned: pinnedReference(site.ref, resolution.digest),
    blocked: status === 'fresh' ? null : site.blocked
  }
}

/** Whether the result needs a change: `--check` fails on these. */
export function moved(result: PinResult): boolean {
  return result.status === 'unpinned' || result.status === 'stale'
}

/**
 * The Dockerfile with every movable site pinned; everything else (comments, whitespace, flags,
 * stage names, line endings) stays as it was. Two sites that share an ARG share one edit.
 */
export function applyPins(text: string, sites: readonly PinSite[], results: readonly PinResult[]): string {
  const edits = new Map<number, { end: number; text: string }>()
  sites.forEach((site, i) => {
    const result = results[i]
    if (result === undefined || site.edit === null || !moved(result) || result.pinned === null) return
    const { span, quote } = site.edit
    edits.set(span.start, { end: span.end, text: `${quote}${result.pinned}${quote}` })
  })
  let out = ''
  let at = 0
  for (const start of [...edits.keys()].sort((a, b) => a - b)) {
    const edit = edits.get(start)!
    if (start < at) continue
    out += text.slice(at, start) + edit.text
    at = edit.end
  }
  return out + text.slice(at)
}

/** The branch a refresh PR for one image lives on: `build-lab/pin/docker.io-library-node-22`. */
export function pinBranch(key: string): string {
  const slug = key
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100)
  return `build-lab/pin/${slug.replace(/[-.]+$/, '')}`
}

/** One line per result, for the terminal: `FROM node:22 on line 3: unpinned → node:22@sha256:...`. */
export function renderPinLine(result: PinResult, check: boolean): string {
  const where = `${result.where} ${oneLine(result.written, 200)} on line ${result.line}${result.via}`
  switch (result.status) {
    case 'fresh':
      return `${where}: fresh (${result.current})`
    case 'digest-only':
      return `${where}: pinned by digest alone, no tag to compare with (write name:tag@digest so it can be refreshed)`
    case 'unpinned':
    case 'stale': {
      const what =
        result.status === 'unpinned'
          ? 'unpinned'
          : `stale: pinned ${result.old}, the tag now points at ${result.current}`
      if (result.blocked !== null) return `${where}: ${what}; not edited: ${result.blocked}`
      const arrow = `${result.status === 'unpinned' ? oneLine(result.image, 200) : result.old} → ${result.status === 'unpinned' ? result.pinned : result.current}`
      const target = result.arg === null ? '' : ` (in the default of ARG ${result.arg})`
      return check ? `${where}: ${what}` : `${where}: ${arrow}${target}`
    }
  }
}
