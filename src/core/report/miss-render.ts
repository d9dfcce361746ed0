// The cache-miss account as markdown (with a mermaid map), HTML (with an inline SVG map) and text; every field escaped.
import { type InvalidationMap, missSentence, type Rich } from '../miss/map.js'
import type { MissReport } from '../miss/report.js'
import type { StepMiss } from '../miss/explain.js'
import { clip, escapeHtml, escapeMarkdown, formatDuration, inlineCode, oneLine } from './format.js'

export function richMarkdown(rich: Rich, max = 400): string {
  return rich.map(p => ('code' in p ? inlineCode(p.code, 100) : escapeMarkdown(p.text, max))).join('')
}

export function richHtml(rich: Rich, max = 400): string {
  return rich
    .map(p =>
      'code' in p ? `<code>${escapeHtml(oneLine(p.code, 160))}</code>` : escapeHtml(oneLine(p.text, max))
    )
    .join('')
}

export function richText(rich: Rich, max = 400): string {
  return rich.map(p => ('code' in p ? `\`${oneLine(p.code, 160)}\`` : oneLine(p.text, max))).join('')
}

/** The costliest miss: the one the key figures name. */
export function costliestMiss(report: MissReport): StepMiss | null {
  let best: StepMiss | null = null
  for (const miss of report.misses) {
    if (best === null || (miss.durationMs ?? 0) > (best.durationMs ?? 0)) best = miss
  }
  return best
}

/** One key-figure line: why the costliest step ran, and what it cost. */
export function missKeyFigure(report: MissReport | null | undefined): string | null {
  if (!report) return null
  const miss = costliestMiss(report)
  if (miss === null) return null
  return `- **Why it ran:** ${richMarkdown(missSentence(miss))}; it cost ${formatDuration(miss.durationMs)}`
}

// Mermaid reads entity codes (#35;) in quoted labels. Anything beyond a plain set is written as one, so
// no label can end its quotes, open a node, hold HTML or end the code fence (backticks).
function mermaidLabel(text: string, max = 80): string {
  return [...oneLine(text, max)]
    .map(c => (/^[A-Za-z0-9 .,:/_()+=-]$/.test(c) ? c : `#${c.codePointAt(0) ?? 63};`))
    .join('')
}

function plain(rich: Rich): string {
  return rich.map(p => ('code' in p ? p.code : p.text)).join('')
}

function lineLabel(line: number | null, instruction: string): string {
  return `${line !== null ? `line ${line}: ` : ''}${instruction}`
}

/** The invalidation map as a mermaid flowchart: each changed line, and the steps it forced with their cost. */
export function mermaidMap(map: InvalidationMap, maxRoots = 6, maxSteps = 8): string[] {
  if (map.roots.length === 0) return []
  const out = ['```mermaid', 'flowchart LR']
  map.roots.slice(0, maxRoots).forEach((root, r) => {
    const id = `r${r}`
    const own = root.steps.find(s => s.step === root.step)
    const ownCost = own !== undefined ? ` (${formatDuration(own.durationMs)})` : ''
    out.push(
      `  ${id}["${mermaidLabel(lineLabel(root.line, root.instruction) + ownCost)}<br/>${mermaidLabel(plain(root.label), 100)}"]`
    )
    const forced = root.steps.filter(s => s.step !== root.step)
    forced.slice(0, maxSteps).forEach((s, i) => {
      out.push(
        `  ${id} -->|"${mermaidLabel(formatDuration(s.durationMs))}"| ${id}n${i}["${mermaidLabel(lineLabel(s.line, s.instruction))}"]`
      )
    })
    if (forced.length > maxSteps) out.push(`  ${id} --> ${id}more["${forced.length - maxSteps} more steps"]`)
  })
  if (map.roots.length > maxRoots) out.push(`  more["${map.roots.length - maxRoots} more causes"]`)
  out.push('```')
  return out
}

/** The markdown section: the map, each step that ran and why, and the actions. */
export function missMarkdown(report: MissReport, maxRows = 25): string[] {
  if (report.misses.length === 0) return []
  const out: string[] = []
  out.push(...mermaidMap(report.map), '')
  out.push('| step | why it ran | cost |', '| --- | --- | ---: |')
  for (const miss of report.misses.slice(0, maxRows)) {
    out.push(
      `| ${inlineCode(miss.step, 100)} | ${richMarkdown(missSentence(miss))} | ${formatDuration(miss.durationMs)} |`
    )
  }
  if (report.misses.length > maxRows) out.push('', `${report.misses.length - maxRows} more steps ran.`)
  if (!report.compared) {
    out.push('', 'No record of the build the cache came from was found, so the inputs could not be compared.')
  }
  for (const action of report.actions) {
    out.push(
      '',
      `- **${action.kind === 'reorder' ? 'Reorder' : 'Cache mount'}:** ${richMarkdown(action.title)}`
    )
    out.push(
      '',
      '  ```dockerfile',
      ...action.suggestion.split('\n').map(l => `  ${clip(l.replace(/`/g, 'ˋ'), 400)}`),
      '  ```'
    )
    for (const e of action.evidence) out.push(`  - ${richMarkdown(e)}`)
  }
  return out
}

/** The text lines (`gate` text): one per step that ran, then the actions. */
export function missText(report: MissReport, maxRows = 25): string[] {
  const out = report.misses
    .slice(0, maxRows)
    .map(m => `  ${richText(missSentence(m))} (${formatDuration(m.durationMs)})`)
  for (const action of report.actions) out.push(`  action: ${richText(action.title)}`)
  return out
}

/** The invalidation map as an inline SVG: changed lines on the left, the steps they forced on the right. */
export function svgMap(map: InvalidationMap, maxRoots = 8, maxSteps = 12): string {
  const roots = map.roots.slice(0, maxRoots).map(r => ({ ...r, shown: r.steps.slice(0, maxSteps) }))
  if (roots.length === 0) return ''
  const rowH = 26
  const width = 900
  const rows = roots.reduce((n, r) => n + Math.max(1, r.shown.length) + 1, 0)
  const height = rows * rowH + 10
  const max = Math.max(1, ...roots.flatMap(r => r.shown.map(s => s.durationMs)))
  const out = [
    `<svg class="missmap" role="img" aria-label="invalidation map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
  ]
  let y = 8
  for (const root of roots) {
    const rootY = y + (Math.max(1, root.shown.length) * rowH) / 2
    out.push(
      `<rect class="cause" x="4" y="${rootY - 18}" width="330" height="36" rx="4"/>`,
      `<text x="12" y="${rootY - 4}">${escapeHtml(clip(oneLine(lineLabel(root.line, root.instruction), 60), 60))}</text>`,
      `<text class="muted" x="12" y="${rootY + 11}">${escapeHtml(clip(oneLine(plain(root.label), 60), 60))}</text>`
    )
    for (const s of root.shown) {
      const sy = y + rowH / 2
      const bar = Math.max(2, Math.round((s.durationMs / max) * 200))
      out.push(
        `<line class="edge" x1="334" y1="${rootY}" x2="420" y2="${sy}"/>`,
        `<rect class="bar rerun" x="420" y="${sy - 8}" width="${bar}" height="16"/>`,
        `<text x="${426 + bar}" y="${sy + 4}">${escapeHtml(formatDuration(s.durationMs))} · ${escapeHtml(clip(oneLine(lineLabel(s.line, s.instruction), 50), 50))}</text>`
      )
      y += rowH
    }
    if (root.shown.length === 0) y += rowH
    y += rowH
  }
  out.push('</svg>')
  return out.join('')
}

export const MISS_MAP_CSS =
  'svg.missmap{width:100%;max-width:900px;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff;margin:8px 0}svg .cause{fill:#fff8c5;stroke:#d4a72c}svg .edge{stroke:#8c959f}svg .bar.rerun{fill:#bc4c00}'

/** The HTML section: the SVG map, the table of steps that ran, the actions. */
export function missHtml(report: MissReport, maxRows = 40): string {
  if (report.misses.length === 0) return ''
  const rows = report.misses
    .slice(0, maxRows)
    .map(
      m =>
        `<tr><td><code>${escapeHtml(oneLine(m.step, 160))}</code></td><td>${richHtml(missSentence(m))}</td><td>${escapeHtml(formatDuration(m.durationMs))}</td></tr>`
    )
    .join('')
  const actions = report.actions
    .map(
      a =>
        `<li>${richHtml(a.title)}<pre>${escapeHtml(a.suggestion)}</pre><ul>${a.evidence.map(e => `<li>${richHtml(e)}</li>`).join('')}</ul></li>`
    )
    .join('')
  return [
    svgMap(report.map),
    `<table><thead><tr><th>step</th><th>why it ran</th><th>cost</th></tr></thead><tbody>${rows}</tbody></table>`,
    actions === '' ? '' : `<ul class="miss-actions">${actions}</ul>`
  ].join('')
}

/** The lab scenarios whose map is worth drawing: an edit with a cache, whose last run re-ran steps. */
export function mapScenarios(summary: {
  scenarios: readonly {
    scenario: string
    input_mutation: string
    cache_mode: string
    misses: MissReport | null
  }[]
}): { scenario: string; misses: MissReport }[] {
  return summary.scenarios.flatMap(s =>
    s.misses !== null && s.cache_mode !== 'none' && s.input_mutation !== 'none' && s.misses.misses.length > 0
      ? [{ scenario: s.scenario, misses: s.misses }]
      : []
  )
}
