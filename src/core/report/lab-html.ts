// `build-lab report --format html` for the lab: one page with inline SVG charts, no scripts, no fetches.
import { mapScenarios, missHtml, MISS_MAP_CSS } from './miss-render.js'
import { isIsolated, keepsInputs, type LabSummary, type ScenarioSummary } from '../lab/stats.js'
import { doesWork } from '../progress.js'
import type { LabStep } from '../lab/scenario.js'
import { escapeHtml, formatDuration, formatRatio, oneLine, shortDigest } from './format.js'
import { figure, htmlPage } from './gate-html.js'
import { HIT_RATIO_NOTE, noiseNote } from './lab-markdown.js'

const LAB_CSS = `
.verdict.na{background:var(--muted)}
svg.chart{width:100%;max-width:1000px;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff;margin:8px 0}
svg .median{fill:var(--run)}svg .range{stroke:var(--fg);stroke-width:1.5}svg .hits{fill:var(--ok)}svg .misses{fill:#eaeef2}
svg .bar.rerun{fill:#bc4c00}svg .bar.skipped{fill:#eaeef2}
.legend .rerun{background:#bc4c00}
ol.actions li{margin-bottom:8px}ol.actions ul{margin:2px 0 0;color:var(--muted)}
`

const LABEL_W = 240
const PLOT_W = 620
const ROW_H = 26

function axis(top: number, height: number, max: number, fmt: (v: number) => string): string[] {
  const out: string[] = []
  for (let i = 0; i <= 4; i++) {
    const gx = LABEL_W + (PLOT_W * i) / 4
    out.push(
      `<line class="grid" x1="${gx.toFixed(1)}" y1="${top - 6}" x2="${gx.toFixed(1)}" y2="${height - 4}"/>`,
      `<text class="muted" x="${gx.toFixed(1)}" y="14" text-anchor="middle">${escapeHtml(fmt((max * i) / 4))}</text>`
    )
  }
  return out
}

function svgOpen(cls: string, label: string, rows: number): { open: string; top: number; height: number } {
  const top = 26
  const height = top + ROW_H * Math.max(1, rows) + 8
  const width = LABEL_W + PLOT_W + 110
  return {
    open: `<svg class="${cls}" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    top,
    height
  }
}

/** Median duration of each scenario as a bar, with a min–max range line when it ran more than once. */
export function durationChart(scenarios: readonly ScenarioSummary[]): string {
  const measured = scenarios.filter(s => s.duration_sec !== null)
  if (measured.length === 0) return '<p>No scenario was measured.</p>'
  const max = Math.max(0.001, ...measured.map(s => s.duration_sec?.max ?? 0))
  const { open, top, height } = svgOpen('chart durations', 'durations per scenario', measured.length)
  const x = (sec: number) => LABEL_W + (sec / max) * PLOT_W
  const out = [open, ...axis(top, height, max, v => formatDuration(v * 1000))]
  measured.forEach((s, i) => {
    const d = s.duration_sec
    if (d === null) return
    const y = top + i * ROW_H
    const name = oneLine(s.scenario, 64)
    out.push(`<text x="6" y="${y + 17}">${escapeHtml(oneLine(name, 30))}</text>`)
    const w = Math.max(2, x(d.median) - LABEL_W)
    out.push(
      `<rect class="median" data-scenario="${escapeHtml(name)}" x="${LABEL_W}" y="${y + 5}" width="${w.toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${escapeHtml(`${name}: median ${formatDuration(d.median * 1000)} of ${d.n}`)}</title></rect>`
    )
    let labelX = LABEL_W + w
    if (d.n > 1) {
      const mid = y + ROW_H / 2
      out.push(
        `<g class="range" data-scenario="${escapeHtml(name)}"><title>${escapeHtml(`${name}: min ${formatDuration(d.min * 1000)}, max ${formatDuration(d.max * 1000)}`)}</title>` +
          `<line x1="${x(d.min).toFixed(1)}" y1="${mid}" x2="${x(d.max).toFixed(1)}" y2="${mid}"/>` +
          `<line x1="${x(d.min).toFixed(1)}" y1="${mid - 6}" x2="${x(d.min).toFixed(1)}" y2="${mid + 6}"/>` +
          `<line x1="${x(d.max).toFixed(1)}" y1="${mid - 6}" x2="${x(d.max).toFixed(1)}" y2="${mid + 6}"/></g>`
      )
      labelX = Math.max(labelX, x(d.max))
    }
    const text =
      d.n > 1 ? `${formatDuration(d.median * 1000)} (${d.n} runs)` : formatDuration(d.median * 1000)
    out.push(`<text class="muted" x="${(labelX + 6).toFixed(1)}" y="${y + 17}">${escapeHtml(text)}</text>`)
  })
  out.push('</svg>')
  return out.join('\n')
}

/** The median hit ratio of each measured scenario as a filled share of a 100% bar. */
export function hitChart(scenarios: readonly ScenarioSummary[]): string {
  const measured = scenarios.filter(s => s.cache_hit_ratio !== null)
  if (measured.length === 0) return '<p>No hit ratio was measured.</p>'
  const { open, top, height } = svgOpen('chart hit-ratios', 'cache hit ratio per scenario', measured.length)
  const out = [open, ...axis(top, height, 1, v => formatRatio(v))]
  measured.forEach((s, i) => {
    const ratio = s.cache_hit_ratio?.median ?? 0
    const y = top + i * ROW_H
    const name = oneLine(s.scenario, 64)
    out.push(
      `<text x="6" y="${y + 17}">${escapeHtml(oneLine(name, 30))}</text>`,
      `<rect class="misses" x="${LABEL_W}" y="${y + 5}" width="${PLOT_W}" height="${ROW_H - 10}" rx="2"/>`,
      `<rect class="hits" data-scenario="${escapeHtml(name)}" data-ratio="${ratio.toFixed(3)}" x="${LABEL_W}" y="${y + 5}" width="${(ratio * PLOT_W).toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${escapeHtml(`${name}: ${formatRatio(ratio)}`)}</title></rect>`,
      `<text class="muted" x="${LABEL_W + PLOT_W + 6}" y="${y + 17}">${escapeHtml(`${formatRatio(ratio)} (${s.cachedSteps}/${s.totalSteps})`)}</text>`
    )
  })
  out.push('</svg>')
  return out.join('\n')
}

type StepClass = 'cached' | 'executed' | 'rerun' | 'failed'

/** How a step is drawn: after an edit, a step that ran is one the edit made run again. */
export function labStepClass(step: LabStep, edited: boolean): StepClass {
  if (step.error !== null) return 'failed'
  if (step.cached) return 'cached'
  return edited && doesWork(step) ? 'rerun' : 'executed'
}

function startMs(step: LabStep): number | null {
  if (step.startedAt === undefined || step.startedAt === null) return null
  const t = Date.parse(step.startedAt)
  return Number.isNaN(t) ? null : t
}

/** The steps of a scenario's last run on a time axis (or one after another, for records without start times). */
export function stepTimeline(s: ScenarioSummary, maxSteps = 120): string {
  const steps = s.steps.slice(0, maxSteps)
  if (steps.length === 0) return '<p>No steps were recorded for this scenario.</p>'
  const edited = s.input_mutation !== 'none' && s.input_mutation !== 'fresh-checkout'
  const starts = steps.map(startMs)
  const timed = starts.every(t => t !== null)
  const origin = timed ? Math.min(...starts.map(t => t ?? 0)) : 0
  let cursor = 0
  const spans = steps.map((step, i) => {
    const dur = Math.max(0, step.durationMs ?? 0)
    const begin = timed ? (starts[i] ?? origin) - origin : cursor
    cursor = begin + dur
    return { begin, end: begin + dur }
  })
  const span = Math.max(1, ...spans.map(p => p.end))
  const name = oneLine(s.scenario, 64)
  const { open, top, height } = svgOpen('timeline', `steps of ${name}`, steps.length)
  const out = [open.replace('<svg ', `<svg data-scenario="${escapeHtml(name)}" `)]
  out.push(...axis(top, height, span, v => formatDuration(v)))
  const x = (ms: number) => LABEL_W + (ms / span) * PLOT_W
  steps.forEach((step, i) => {
    const y = top + i * ROW_H
    const cls = labStepClass(step, edited)
    const label = oneLine(step.name, 400)
    const p = spans[i]
    const bx = x(p.begin)
    const bw = Math.max(2, x(p.end) - bx)
    const what = cls === 'cached' ? 'cached' : cls === 'failed' ? 'failed' : formatDuration(step.durationMs)
    out.push(
      `<text x="6" y="${y + 17}"><title>${escapeHtml(label)}</title>${escapeHtml(oneLine(step.name, 36))}</text>`,
      `<rect class="bar ${cls}"${cls === 'cached' ? ' fill="url(#lab-hatch)"' : ''} data-step="${escapeHtml(label)}" x="${bx.toFixed(1)}" y="${y + 5}" width="${bw.toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${escapeHtml(`${label}: ${cls === 'rerun' ? `re-ran after the edit, ${what}` : what}`)}</title></rect>`,
      `<text class="muted" x="${(bx + bw + 4).toFixed(1)}" y="${y + 17}">${escapeHtml(cls === 'rerun' ? `re-ran, ${what}` : what)}</text>`
    )
  })
  out.push('</svg>')
  if (s.steps.length > steps.length)
    out.push(`<p>${s.steps.length - steps.length} more steps are not drawn.</p>`)
  return out.join('\n')
}

function digestSection(summary: LabSummary): string {
  const rows = summary.scenarios
    .filter(s => s.digests.length > 0)
    .map(s => {
      const kind = isIsolated(s)
        ? 'isolated (--no-cache)'
        : keepsInputs(s.input_mutation)
          ? 'cached, unchanged inputs'
          : 'edited on purpose (not compared)'
      return `<tr><td><code>${escapeHtml(oneLine(s.scenario, 64))}</code></td><td>${escapeHtml(kind)}</td><td>${s.digests.map(d => `<code title="${escapeHtml(d)}">${escapeHtml(shortDigest(d))}</code>`).join('<br>')}</td></tr>`
    })
  return [
    `<section id="digest-stability"><h2>Digest stability: <span id="digest-verdict">${escapeHtml(summary.digest_stability)}</span></h2>`,
    `<p>${escapeHtml(oneLine(summary.digest_stability_reason, 600))}</p>`,
    '<table><thead><tr><th>scenario</th><th>build</th><th>digest</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table></section>'
  ].join('\n')
}

function scenarioTable(summary: LabSummary): string {
  const sec = (v: number | undefined) => (v === undefined ? '-' : formatDuration(v * 1000))
  const rows = summary.scenarios.map(s => {
    const d = s.duration_sec ?? undefined
    const cells = [
      `<code>${escapeHtml(oneLine(s.scenario, 64))}</code>`,
      escapeHtml(s.input_mutation),
      escapeHtml(s.cache_mode),
      `<span class="num">${s.runs}</span>`,
      sec(d?.median),
      d && d.n > 1 ? `${sec(d.min)}–${sec(d.max)}` : '-',
      d?.cv !== null && d?.cv !== undefined ? `${(d.cv * 100).toFixed(1)}%` : '-',
      escapeHtml(formatRatio(s.cache_hit_ratio?.median ?? null)),
      s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
      escapeHtml(s.noisy ? `${s.status}, noisy` : s.status)
    ]
    return `<tr data-scenario="${escapeHtml(oneLine(s.scenario, 64))}">${cells.map(c => `<td>${c}</td>`).join('')}</tr>`
  })
  return [
    '<table id="scenarios"><thead><tr><th>scenario</th><th>input_mutation</th><th>cache_mode</th><th>runs</th><th>median</th><th>min–max</th><th>CV</th><th>cache_hit_ratio</th><th>cached/total</th><th>status</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>'
  ].join('\n')
}

/** The lab report as one self-contained HTML page; every value from a record is escaped. */
export function renderLabHtml(summary: LabSummary): string {
  const verdict = summary.digest_stability
  const cls = verdict === 'PASS' ? 'pass' : verdict === 'FAIL' ? 'fail' : 'na'
  const headline =
    verdict === 'PASS'
      ? 'Reproducible'
      : verdict === 'FAIL'
        ? 'Not reproducible'
        : 'Reproducibility not measured'
  const context = oneLine(summary.build.context, 200)
  const body: string[] = []
  body.push(
    `<header class="verdict ${cls}" id="verdict"><h1><span class="badge">${escapeHtml(verdict)}</span>${escapeHtml(headline)} <small>${escapeHtml(context)}</small></h1><p>${escapeHtml(oneLine(summary.digest_stability_reason, 600))}</p></header>`
  )
  if (!summary.valid) {
    body.push(
      `<p class="sev-error" id="invalid">INVALID: ${escapeHtml(oneLine(summary.invalid_reasons.join('; '), 1000))}</p>`
    )
  }
  const sec = (v: number | null) => escapeHtml(v === null ? '-' : formatDuration(v * 1000))
  const warm = summary.scenarios.find(s => s.scenario === 'warm')
  body.push(
    `<section class="figures" id="figures">${[
      figure(
        'Cold build',
        `<span id="cold-duration">${sec(summary.cold_duration)}</span>`,
        'median, --no-cache'
      ),
      figure(
        'Warm build',
        `<span id="warm-duration">${sec(summary.warm_duration)}</span>`,
        'median, with the lab cache'
      ),
      figure(
        'Cache hit ratio (warm)',
        `<span id="hit-ratio">${escapeHtml(formatRatio(summary.cache_hit_ratio))}</span>`,
        warm ? escapeHtml(`${warm.cachedSteps}/${warm.totalSteps} steps that do work`) : ''
      ),
      figure('Digest stability', `<span id="digest-stability-value">${escapeHtml(verdict)}</span>`)
    ].join('\n')}</section>`
  )
  body.push('<section id="durations"><h2>Durations</h2>')
  body.push(
    '<p class="legend"><span><i class="executed"></i>median</span><span>|—| min–max of repeated runs</span></p>'
  )
  body.push(durationChart(summary.scenarios), '</section>')
  body.push('<section id="hit-ratios"><h2>Cache hit ratio per scenario</h2>')
  body.push(`<p>${escapeHtml(HIT_RATIO_NOTE)}.</p>`, hitChart(summary.scenarios), '</section>')
  body.push(digestSection(summary))

  body.push('<section id="timelines"><h2>Steps per scenario</h2>')
  body.push(
    '<p class="legend"><span><i class="executed"></i>ran</span><span><i class="rerun"></i>re-ran after the edit</span><span><i class="cached"></i>from the cache</span><span><i class="failed"></i>failed</span></p>'
  )
  body.push(
    '<svg width="0" height="0" aria-hidden="true"><defs><pattern id="lab-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="#8c959f"/></pattern></defs></svg>'
  )
  for (const s of summary.scenarios) {
    const d = s.duration_sec
    const what = s.mutatedFile ? `, edited ${oneLine(s.mutatedFile, 200)}` : ''
    const reran = s.steps.filter(st => !st.cached && doesWork(st)).length
    const title =
      s.runs === 0
        ? `${oneLine(s.scenario, 64)}: ${s.status}`
        : `${oneLine(s.scenario, 64)}: ${d ? formatDuration(d.median * 1000) : '-'}${what}${what ? `, ${reran} step(s) re-ran` : ''}`
    body.push(`<h3>${escapeHtml(title)}</h3>`)
    if (s.runs === 0) {
      const why = s.notes[0] ?? s.errors[0] ?? 'not measured'
      body.push(`<p>${escapeHtml(oneLine(why, 600))}</p>`)
    } else body.push(stepTimeline(s))
  }
  body.push('</section>')

  const maps = mapScenarios(summary)
  if (maps.length > 0) {
    body.push('<section id="invalidation-map"><h2>Invalidation map</h2>')
    for (const s of maps) body.push(`<h3>${escapeHtml(oneLine(s.scenario, 80))}</h3>`, missHtml(s.misses))
    body.push('</section>')
  }
  body.push('<section id="recommendations"><h2>Recommended actions</h2>')
  if (summary.actions.length === 0) {
    body.push('<p>None: the cache works, a source edit rebuilds little, and the digests are stable.</p>')
  } else {
    body.push('<ol class="actions">')
    for (const a of summary.actions) {
      const evidence =
        a.evidence.length > 0
          ? `<ul class="evidence">${a.evidence
              .slice(0, 10)
              .map(e => `<li>${escapeHtml(oneLine(e, 400))}</li>`)
              .join('')}</ul>`
          : ''
      body.push(`<li>${escapeHtml(oneLine(a.action, 1200))}${evidence}</li>`)
    }
    body.push('</ol>')
  }
  body.push('</section>')

  body.push('<section id="all-scenarios"><h2>Scenarios</h2>', scenarioTable(summary), '</section>')
  const b = summary.build
  const e = summary.engine
  const facts: [string, string][] = [
    ['context', b.context],
    ['Dockerfile', b.dockerfile + (b.target ? ` (target ${b.target})` : '')],
    ['build args', b.buildArgs.join(' ') || 'none'],
    ['epoch', String(summary.epoch)],
    ['engine', `docker ${e.docker ?? '-'}, BuildKit ${e.buildkit ?? '-'}, buildx ${e.buildx ?? '-'}`],
    ['runs', `${summary.generatedFrom.runIds.join(', ')} (${summary.generatedFrom.records} records)`],
    ['noisy', noiseNote(summary)]
  ]
  body.push('<section id="measured"><h2>What was measured</h2><table><tbody>')
  for (const [k, v] of facts) {
    body.push(`<tr><th>${escapeHtml(k)}</th><td><code>${escapeHtml(oneLine(v, 600))}</code></td></tr>`)
  }
  body.push('</tbody></table></section>')
  body.push(
    '<footer>Generated by build-lab. This page is self-contained: it loads no scripts, fonts or images.</footer>'
  )
  return htmlPage(`build-lab lab: ${headline.toLowerCase()} — ${context}`, body, LAB_CSS + MISS_MAP_CSS)
}
