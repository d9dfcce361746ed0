// Plain-text rendering of an ImageDiff for terminals and logs: causes first, then config, layers, files.
import { oneLine, shortDigest } from '../report/format.js'
import type { ConfigChange, FileDiff, Finding, ImageDiff, LayerDiff } from './types.js'

export interface RenderOptions {
  /** How many files to list (default 20); the rest are counted. */
  limit?: number
  /** Name of the Dockerfile, shown before line numbers (default "Dockerfile"). */
  dockerfile?: string
}

/** A value from the image on one line, with control, escape and bidi characters made visible. */
function t(value: unknown, max = 160): string {
  return oneLine(String(value), max)
}

export function headline(d: ImageDiff): string {
  if (d.identical) return 'The images are identical.'
  const fileTotal = d.files.length + d.truncated
  const parts = [
    d.manifests.length > 0 ? plural(d.manifests.length, 'manifest') : '',
    d.config.length > 0 ? plural(d.config.length, 'config field') : '',
    d.layers.length > 0 ? plural(d.layers.length, 'layer') : '',
    fileTotal > 0 ? plural(fileTotal, 'file') : ''
  ].filter(p => p !== '')
  const same = d.sameContent ? ` Same content (equal diff_ids and config), compressed bytes differ.` : ''
  return `The images differ: ${parts.length > 0 ? parts.join(', ') : 'index annotations only'}.${same}`
}

export function plural(n: number, word: string): string {
  return `${t(n)} ${word}${n === 1 ? '' : 's'}`
}

function where(x: { instruction?: string; line?: number }, dockerfile: string): string {
  const line = x.line !== undefined ? `${t(dockerfile, 200)}:${t(x.line)} ` : ''
  return x.instruction !== undefined ? `${line}${t(x.instruction, 80)}` : line.trim()
}

function configLine(c: ConfigChange, dockerfile: string): string {
  const from = where(c, dockerfile)
  const platform = c.platform !== undefined ? ` (${t(c.platform)})` : ''
  return `  ${t(c.field)}${platform}: ${t(JSON.stringify(c.a), 60)} → ${t(JSON.stringify(c.b), 60)}  [${t(c.cause)}]${from !== '' ? `  ${from}` : ''}`
}

function layerLine(l: LayerDiff, dockerfile: string): string {
  const from = where(l, dockerfile)
  const platform = l.platform !== undefined ? ` ${t(l.platform)}` : ''
  return `  layer ${t(l.index)}${platform}: ${shortDigest(l.a)} → ${shortDigest(l.b)}, ${plural(l.files, 'differing file')}  [${t(l.cause)}]${from !== '' ? `  ${from}` : ''}`
}

function fileLine(f: FileDiff, dockerfile: string): string {
  const from = where(f, dockerfile)
  const evidence = f.evidence !== undefined ? `  ${t(f.evidence, 100)}` : ''
  const unsafe = f.unsafe !== undefined ? `  (unsafe: ${t(f.unsafe.join(', '))})` : ''
  const fields = (f.fields ?? [])
    .filter(x => x.field !== 'size')
    .map(x => `${t(x.field, 40)} ${t(x.a ?? '', 40)} → ${t(x.b ?? '', 40)}`)
    .join('; ')
  const owner = f.owner !== undefined ? `, ${oneLine(f.owner, 40)}` : ''
  const inside = (f.archive?.members ?? [])
    .slice(0, 5)
    .map(
      m =>
        `      inside: ${oneLine(m.path, 120)}: ${m.changes.join(',')}${m.evidence !== undefined ? `  ${oneLine(m.evidence, 80)}` : ''}`
    )
  return [
    `  ${t(f.path)}  ${t(f.changes.join(','))}  layer ${t(f.layer)}  [${t(f.cause)}${owner}]${unsafe}`,
    from !== '' ? `      from ${from}` : '',
    fields !== '' ? `      ${fields}` : '',
    evidence !== '' ? `    ${evidence}` : '',
    ...inside
  ]
    .filter(l => l !== '')
    .join('\n')
}

/** Where a finding's files came from: "Dockerfile:4 RUN npm ci", or the layer. */
export function findingStep(f: Finding, dockerfile: string): string {
  const from = where(f, dockerfile)
  return from !== '' ? from : `layer ${f.layer}`
}

/** One finding: owner, what, file count and step; then the fix, the clearest files and the members inside. */
function findingLines(f: Finding, dockerfile: string): string[] {
  const platform = f.platform !== undefined ? ` (${oneLine(f.platform, 40)})` : ''
  const more = f.files - f.examples.length
  const files = f.examples.map(p => oneLine(p, 120)).join(', ') + (more > 0 ? `, … and ${more} more` : '')
  const out = [
    `  ${oneLine(f.owner, 40)}: ${oneLine(f.title, 120)}  [${f.cause}]  ${plural(f.files, 'file')}${platform}`,
    `      in ${findingStep(f, dockerfile)}`,
    `      fix: ${oneLine(f.fix, 600)}`,
    `      files: ${files}`
  ]
  for (const m of f.members ?? []) out.push(`      inside: ${oneLine(m, 160)}`)
  if (f.patch !== undefined) {
    out.push(`      change ${dockerfile}:${f.patch.line}:`)
    for (const l of f.patch.before) out.push(`        - ${oneLine(l, 300)}`)
    for (const l of f.patch.after) out.push(`        + ${oneLine(l, 300)}`)
  }
  if (f.evidence !== undefined && (f.members ?? []).length === 0)
    out.push(`      evidence: ${oneLine(f.evidence, 160)}`)
  return out
}

/** The diff as plain text, most useful differences first. */
export function renderDiffText(d: ImageDiff, opts: RenderOptions = {}): string {
  const limit = opts.limit ?? 20
  const dockerfile = opts.dockerfile ?? 'Dockerfile'
  const out: string[] = [headline(d)]
  if (d.identical) return `${out[0]}\n`
  const findings = d.findings ?? []
  if (findings.length > 0) {
    out.push('', 'Findings (one fix each, most useful first):')
    for (const f of findings.slice(0, limit)) out.push(...findingLines(f, dockerfile))
    if (findings.length > limit) out.push(`  … and ${findings.length - limit} more`)
  }
  if (d.causes.length > 0) {
    out.push('', 'Causes:')
    for (const c of d.causes) out.push(`  ${t(c.cause)} (${t(c.count)}): ${t(c.hint, 400)}`)
  }
  if (d.manifests.length > 0) {
    out.push('', 'Manifests:')
    for (const m of d.manifests) out.push(`  ${t(m.platform)}: ${shortDigest(m.a)} → ${shortDigest(m.b)}`)
  }
  const meta = [...d.index, ...d.config]
  if (meta.length > 0) {
    out.push('', 'Index and config:')
    for (const c of meta.slice(0, limit)) out.push(configLine(c, dockerfile))
    if (meta.length > limit) out.push(`  … and ${meta.length - limit} more`)
  }
  if (d.layers.length > 0) {
    out.push('', 'Layers:')
    for (const l of d.layers) out.push(layerLine(l, dockerfile))
  }
  const total = d.files.length + d.truncated
  if (total > 0) {
    out.push('', 'Files (most useful first):')
    for (const f of d.files.slice(0, limit)) out.push(fileLine(f, dockerfile))
    const rest = total - Math.min(limit, d.files.length)
    if (rest > 0) out.push(`  … and ${rest} more`)
  }
  if (d.warnings.length > 0) {
    out.push('', 'Warnings:')
    for (const w of d.warnings.slice(0, limit)) out.push(`  ${t(w, 300)}`)
    if (d.warnings.length > limit) out.push(`  … and ${d.warnings.length - limit} more`)
  }
  return `${out.join('\n')}\n`
}
