// Number, duration and text formatting shared by every renderer.

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

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '-'
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`
}

/** Escapes text for a markdown table cell or paragraph: it renders as literal text, on one line. */
export function escapeMarkdown(text: string, max = 300): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text
  return clipped
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
}

/** Text for inline code: backticks cannot be escaped inside code spans, so they are replaced. */
export function inlineCode(text: string, max = 120): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text
  return (
    '`' +
    clipped
      .replace(/[\r\n]+/g, ' ')
      .replace(/`/g, 'ˋ')
      .replace(/\|/g, '\\|') +
    '`'
  )
}
