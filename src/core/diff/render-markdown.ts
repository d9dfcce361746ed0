// Markdown rendering of an ImageDiff for job summaries and PR comments; every name from an image is escaped.
import { escapeMarkdown as escapeCell, inlineCode, oneLine } from '../report/format.js'
import { shortDigest } from '../report/format.js'
import { headline, type RenderOptions } from './render-text.js'
import type { FixPatch, ImageDiff } from './types.js'

/** Escapes a name from an image so it can't format, link or inject markup (capped at 200 characters). */
function escapeMarkdown(s: unknown): string {
  return escapeCell(String(s), 200)
}

/** A fix whose `code` spans stay code: odd parts of a backtick split go through inlineCode, the rest is escaped. */
export function fixMarkdown(fix: string): string {
  return fix
    .split('`')
    .map((part, i) => (i % 2 === 1 ? inlineCode(part, 400) : escapeMarkdown(part)))
    .join('')
}

/** A fenced `diff` block of the patch; the fence is longer than any backtick run in the lines. */
export function diffBlock(p: FixPatch): string[] {
  const lines = [...p.before.map(l => `-${oneLine(l, 400)}`), ...p.after.map(l => `+${oneLine(l, 400)}`)]
  const longest = Math.max(2, ...lines.map(l => Math.max(0, ...(l.match(/`+/g) ?? []).map(r => r.length))))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}diff`, ...lines, fence]
}

/** The diff as a Markdown section, most useful differences first, capped at `limit` files. */
export function renderDiffMarkdown(d: ImageDiff, opts: RenderOptions = {}): string {
  const limit = opts.limit ?? 10
  const dockerfile = opts.dockerfile ?? 'Dockerfile'
  const out: string[] = [`#### ${escapeMarkdown(headline(d))}`]
  if (d.identical) return `${out[0]}\n`
  const from = (x: { instruction?: string; line?: number }): string => {
    const line = x.line !== undefined ? `${escapeMarkdown(dockerfile)}:${escapeMarkdown(x.line)} ` : ''
    return `${line}${x.instruction !== undefined ? escapeMarkdown(oneLine(x.instruction, 80)) : ''}`.trim()
  }
  const findings = d.findings ?? []
  if (findings.length > 0) {
    out.push('', '**Findings** (one fix each, most useful first)', '')
    for (const f of findings.slice(0, limit)) {
      const platform = f.platform !== undefined ? `, ${escapeMarkdown(f.platform)}` : ''
      const step = from(f) !== '' ? from(f) : `layer ${f.layer}`
      const more = f.files - f.examples.length
      const files = f.examples.map(p => escapeMarkdown(p)).join(', ') + (more > 0 ? `, and ${more} more` : '')
      out.push(
        `- **${escapeMarkdown(f.owner)}**: ${escapeMarkdown(f.title)} (${f.files === 1 ? '1 file' : `${f.files} files`}, ${f.cause}${platform}, ${step})`,
        `  - Fix: ${fixMarkdown(f.fix)}`,
        `  - Files: ${files}`
      )
      const members = f.members ?? []
      if (members.length > 0) out.push(`  - Inside: ${members.map(m => escapeMarkdown(m)).join('; ')}`)
      if (f.patch !== undefined) {
        out.push(
          `  - Change ${escapeMarkdown(dockerfile)}:${f.patch.line}:`,
          '',
          ...diffBlock(f.patch).map(l => `    ${l}`)
        )
      }
    }
    if (findings.length > limit) out.push('', `…and ${findings.length - limit} more findings.`)
  }
  if (d.causes.length > 0) {
    out.push('', '**Causes**', '')
    for (const c of d.causes) {
      out.push(`- **${escapeMarkdown(c.cause)}** (${escapeMarkdown(c.count)}): ${escapeMarkdown(c.hint)}`)
    }
  }
  const total = d.files.length + d.truncated
  if (total > 0) {
    out.push('', '| File | Changes | Layer | Instruction | Cause |', '| --- | --- | --- | --- | --- |')
    for (const f of d.files.slice(0, limit)) {
      const evidence = f.evidence !== undefined ? `<br>${escapeMarkdown(oneLine(f.evidence, 100))}` : ''
      const owner = f.owner !== undefined ? ` (${escapeMarkdown(f.owner)})` : ''
      out.push(
        `| ${escapeMarkdown(f.path)} | ${escapeMarkdown(f.changes.join(', '))} | ${escapeMarkdown(f.layer)} | ${from(f)} | ${escapeMarkdown(f.cause)}${owner}${evidence} |`
      )
    }
    const rest = total - Math.min(limit, d.files.length)
    if (rest > 0) out.push('', `…and ${rest} more ${rest === 1 ? 'file' : 'files'}.`)
  }
  const meta = [...d.index, ...d.config]
  if (meta.length > 0) {
    out.push('', '| Field | Run 1 | Run 2 | Cause |', '| --- | --- | --- | --- |')
    for (const c of meta.slice(0, limit)) {
      const a = escapeMarkdown(oneLine(c.a ?? '(none)', 60))
      const b = escapeMarkdown(oneLine(c.b ?? '(none)', 60))
      const line = from(c)
      out.push(
        `| ${escapeMarkdown(c.field)} | ${a} | ${b} | ${escapeMarkdown(c.cause)}${line !== '' ? `<br>${line}` : ''} |`
      )
    }
    if (meta.length > limit) out.push('', `…and ${meta.length - limit} more fields.`)
  }
  if (d.layers.length > 0) {
    out.push('', '<details><summary>Layers</summary>', '')
    for (const l of d.layers) {
      const platform = l.platform !== undefined ? ` ${escapeMarkdown(l.platform)}` : ''
      out.push(
        `- layer ${escapeMarkdown(l.index)}${platform}: ${escapeMarkdown(shortDigest(l.a))} → ${escapeMarkdown(shortDigest(l.b))}, ${escapeMarkdown(l.files)} differing ${l.files === 1 ? 'file' : 'files'}, ${escapeMarkdown(l.cause)}${from(l) !== '' ? `, ${from(l)}` : ''}`
      )
    }
    out.push('', '</details>')
  }
  if (d.warnings.length > 0) {
    out.push('', '**Warnings**', '')
    for (const w of d.warnings.slice(0, limit)) out.push(`- ${escapeMarkdown(w)}`)
  }
  return `${out.join('\n')}\n`
}
