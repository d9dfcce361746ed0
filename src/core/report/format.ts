// Number, duration and text formatting shared by every renderer, and the escaping that keeps names literal.

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '-'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const m = Math.floor(ms / 60_000)
  const s = Math.round((ms % 60_000) / 1000)
  return `${m} min ${s} s`
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '-' : `${Math.round(ratio * 100)}%`
}

/** The first 12 hex digits of a digest, on one line (a digest read from an index may hold anything); `-` when there is none. */
export function shortDigest(digest: string | null | undefined): string {
  if (digest === null || digest === undefined) return '-'
  return oneLine(digest.replace(/^sha256:/, '').slice(0, 12), 12)
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes)) return '-'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`
}

/** A relative change as a signed whole percentage ("+12%", "-3%", "±0%"); null when it has no meaning. */
export function formatChange(before: number | null, after: number | null): string | null {
  if (before === null || after === null || !Number.isFinite(before) || !Number.isFinite(after)) return null
  if (before <= 0) return null
  const pct = Math.round(((after - before) / before) * 100)
  return pct === 0 ? '±0%' : `${pct > 0 ? '+' : ''}${pct}%`
}

// C0/C1 controls would garble a table or a terminal (ESC starts every escape sequence, 0x9b is CSI); bidi
// overrides, isolates and marks (U+061C too) can make text read differently than it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g

/** Cuts text to `max` characters (never inside a surrogate pair), marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/** Text on one line with control and bidi characters made visible, clipped to `max` characters. */
export function oneLine(text: string, max: number): string {
  return clip(text, max)
    .replace(LINE_BREAK, ' ⏎ ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Escapes text for a markdown table cell or paragraph (never at the start of a line): it renders as
 * literal text, on one line. The marks that mean something inside a line are backslash-escaped: `@`
 * would mention someone, `#` link an issue, `$` start math, `[` a link, `:` an emoji or a URL. `&<>"`
 * become entities so no HTML gets through.
 */
export function escapeMarkdown(text: string, max = 300): string {
  return oneLine(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]#|~@$]/g, c => `\\${c}`)
    .replace(/:(?=[\w+/-])/g, '\\:')
}

/** Text for inline code: backticks cannot be escaped inside code spans, so they are replaced. */
export function inlineCode(text: string, max = 120): string {
  const body = oneLine(text, max).replace(/`/g, 'ˋ').replace(/\|/g, '\\|')
  // A code span that starts or ends with a space loses it; padding both sides keeps the text as is.
  return /^ | $/.test(body) ? '` ' + body + ' `' : '`' + body + '`'
}

/** Escapes text for HTML content and attribute values. Inside GitHub's HTML blocks (<summary>, <pre>) too. */
export function escapeHtml(text: string, max = Number.POSITIVE_INFINITY): string {
  return clip(text, max)
    .replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The size of text in UTF-8 bytes: GitHub's limits count bytes. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}
