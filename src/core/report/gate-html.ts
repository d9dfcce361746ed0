// `build-lab report --format html`: one self-contained page (inline CSS and SVG, no scripts, no fetches).
import { missHtml, MISS_MAP_CSS } from './miss-render.js'
import { headline } from '../diff/render-text.js'
import type { FixPatch, ImageDiff } from '../diff/types.js'
import { EQUALITY_NOTE } from '../equality.js'
import type { AllowListResult } from '../allow-list.js'
import { type GateResult, gatePasses, resultGroups, type RunRecord } from '../gate.js'
import { orderSteps, type Step } from '../progress.js'
import { escapeHtml, formatBytes, formatDuration, formatRatio, oneLine, shortDigest } from './format.js'
import { cacheFacts, diagnosisOf, highlights, type ReportExtras, sortFindings } from './highlights.js'
import { driftLine, runLabel } from './markdown-blocks.js'

export interface HtmlOptions {
  /** A page title, e.g. the context and target. */
  title?: string
  /** Steps drawn per run; the rest are counted under the chart. */
  maxSteps?: number
}

export const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--ok:#1a7f37;--bad:#cf222e;--run:#0969da;--cached:#8c959f;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.verdict{border-radius:8px;padding:16px 20px;color:#fff}.verdict.pass{background:var(--ok)}.verdict.fail{background:var(--bad)}
.verdict p{margin:0;opacity:.95;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:13px;font-weight:700;letter-spacing:.05em;border:2px solid #fff;border-radius:4px;padding:0 6px;margin-right:8px;vertical-align:middle}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:16px 0}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--soft);overflow-wrap:anywhere}
.figure .label{display:block;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.figure .value{display:block;font-size:20px;font-weight:600}.figure .detail{display:block;color:var(--muted);font-size:13px}
.figure.fix{grid-column:1/-1;border-color:var(--bad);background:#fff8f8}.figure.fix .value{font-size:16px}.figure.deltas .value{font-size:15px}
td.nw,td[class^=sev-]{white-space:nowrap}.figure.deltas{grid-column:span 2}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:var(--soft);white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}pre{background:var(--soft);padding:8px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}
svg.timeline{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff}
svg .bar.executed{fill:var(--run)}svg .bar.failed{fill:var(--bad)}svg .bar.cached{stroke:var(--cached)}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}svg text.muted{fill:var(--muted)}svg .grid{stroke:var(--line)}
.legend span{display:inline-block;margin-right:16px;color:var(--muted)}.legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
.legend .executed{background:var(--run)}.legend .cached{background:repeating-linear-gradient(45deg,var(--cached) 0 2px,#fff 2px 5px);border:1px solid var(--cached)}.legend .failed{background:var(--bad)}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:#9a6700;font-weight:600}.sev-info{color:var(--muted)}
pre.patch del{color:var(--bad);text-decoration:none;display:block}pre.patch ins{color:var(--ok);text-decoration:none;display:block}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`

function timeMs(iso: string | null): number | null {
  if (iso === null) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}

export function figure(label: string, value: string, detail = '', cls = ''): string {
  const extra = detail !== '' ? `<span class="detail">${detail}</span>` : ''
  return `<div class="figure${cls ? ` ${cls}` : ''}"><span class="label">${escapeHtml(label)}</span><span class="value">${value}</span>${extra}</div>`
}

function stepClass(step: Step): 'failed' | 'cached' | 'executed' {
  if (step.error !== null) return 'failed'
  return step.cached ? 'cached' : 'executed'
}

/** One run's steps as horizontal bars on a shared time axis starting when the first step started. */
export function renderTimeline(run: RunRecord, maxSteps = 150): string {
  const ordered = orderSteps(run.steps)
  const steps = ordered.slice(0, maxSteps)
  const starts = steps.map(s => timeMs(s.startedAt)).filter((t): t is number => t !== null)
  if (steps.length === 0 || starts.length === 0) return '<p>No step timings were recorded for this run.</p>'
  const origin = starts.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY)
  const ends = steps.map(s => timeMs(s.completedAt) ?? timeMs(s.startedAt) ?? origin)
  const span = Math.max(1, ends.reduce((a, b) => Math.max(a, b), origin) - origin)
  const labelWidth = 360
  const plotWidth = 560
  const width = labelWidth + plotWidth + 90
  const rowHeight = 24
  const top = 26
  const height = top + rowHeight * steps.length + 8
  const x = (t: number): number => labelWidth + ((t - origin) / span) * plotWidth
  const out: string[] = []
  // The run number names an SVG id too: only digits may reach it.
  const runId = Number.isInteger(run.run) ? String(run.run) : 'x'
  out.push(
    `<svg class="timeline" role="img" aria-label="${escapeHtml(`timeline of run ${run.run}`)}" data-run="${runId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<defs><pattern id="hatch-${runId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="#8c959f"/></pattern></defs>`
  )
  for (let i = 0; i <= 4; i++) {
    const gx = labelWidth + (plotWidth * i) / 4
    out.push(
      `<line class="grid" x1="${gx.toFixed(1)}" y1="${top - 6}" x2="${gx.toFixed(1)}" y2="${height - 4}"/>`,
      `<text class="muted" x="${gx.toFixed(1)}" y="14" text-anchor="middle">${escapeHtml(formatDuration((span * i) / 4))}</text>`
    )
  }
  steps.forEach((step, i) => {
    const y = top + i * rowHeight
    const cls = stepClass(step)
    const name = oneLine(step.name, 400)
    out.push(
      `<text x="6" y="${y + 16}"><title>${escapeHtml(name)}</title>${escapeHtml(oneLine(step.name, 52))}</text>`
    )
    const start = timeMs(step.startedAt)
    if (start === null) {
      out.push(`<text class="muted" x="${labelWidth + 4}" y="${y + 16}">not run</text>`)
      return
    }
    const end = timeMs(step.completedAt) ?? start
    const bx = x(start)
    const bw = Math.max(2, x(end) - bx)
    const label = cls === 'cached' ? 'cached' : cls === 'failed' ? 'failed' : formatDuration(step.durationMs)
    out.push(
      `<rect class="bar ${cls}"${cls === 'cached' ? ` fill="url(#hatch-${runId})"` : ''} data-step="${escapeHtml(name)}" x="${bx.toFixed(1)}" y="${y + 4}" width="${bw.toFixed(1)}" height="${rowHeight - 8}" rx="2"><title>${escapeHtml(`${name}: ${label}`)}</title></rect>`,
      `<text class="muted" x="${(bx + bw + 4).toFixed(1)}" y="${y + 16}">${escapeHtml(label)}</text>`
    )
  })
  out.push('</svg>')
  if (ordered.length > steps.length) {
    out.push(`<p>${ordered.length - steps.length} more steps are not drawn.</p>`)
  }
  return out.join('\n')
}

/** The fix as a Dockerfile edit: removed and added lines, escaped. */
function patchHtml(p: FixPatch): string {
  const rows = [
    ...p.before.map(l => `<del>-${escapeHtml(oneLine(l, 400))}</del>`),
    ...p.after.map(l => `<ins>+${escapeHtml(oneLine(l, 400))}</ins>`)
  ]
  return `<pre class="patch" data-line="${p.line}">${rows.join('')}</pre>`
}

/** A fix with its `code` spans as <code>: every part is escaped. */
function fixHtml(fix: string): string {
  return oneLine(fix, 1000)
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part, 1000)}</code>` : escapeHtml(part, 1000)))
    .join('')
}

function diagnosisHtml(diff: ImageDiff | null, markdown: string | null | undefined): string {
  if (diff === null) {
    return markdown ? `<pre class="diagnosis">${escapeHtml(markdown, 200_000)}</pre>` : ''
  }
  const out = [`<p>${escapeHtml(headline(diff))}</p>`]
  if (diff.causes.length > 0) {
    out.push('<ul class="causes">')
    for (const c of diff.causes) {
      out.push(
        `<li><strong>${escapeHtml(c.cause)}</strong> (${escapeHtml(String(c.count))}): ${escapeHtml(c.hint, 500)}</li>`
      )
    }
    out.push('</ul>')
  }
  const where = (x: { instruction?: string; line?: number }): string =>
    escapeHtml(
      `${x.line !== undefined ? `Dockerfile:${x.line} ` : ''}${oneLine(x.instruction ?? '', 120)}`.trim()
    )
  const findings = diff.findings ?? []
  if (findings.length > 0) {
    out.push(
      '<table class="findings"><thead><tr><th>owner</th><th>finding</th><th>files</th><th>step</th><th>fix</th></tr></thead><tbody>'
    )
    for (const f of findings.slice(0, 50)) {
      const more = f.files - f.examples.length
      const files = f.examples.map(p => `<code>${escapeHtml(oneLine(p, 200))}</code>`).join(', ')
      const inside = (f.members ?? []).map(m => `<code>${escapeHtml(oneLine(m, 200))}</code>`).join(', ')
      out.push(
        `<tr><td class="nw">${escapeHtml(oneLine(f.owner, 40))}</td><td>${escapeHtml(oneLine(f.title, 200))} <small>(${escapeHtml(f.cause)})</small><br>${files}${more > 0 ? `, and ${more} more` : ''}${inside !== '' ? `<br>inside: ${inside}` : ''}</td><td class="num">${f.files}</td><td><code>${where(f) || `layer ${f.layer}`}</code></td><td>${fixHtml(f.fix)}${f.patch !== undefined ? patchHtml(f.patch) : ''}</td></tr>`
      )
    }
    out.push('</tbody></table>')
  }
  if (diff.files.length > 0) {
    out.push(
      '<table class="files"><thead><tr><th>file</th><th>changes</th><th>layer</th><th>instruction</th><th>cause</th></tr></thead><tbody>'
    )
    for (const f of diff.files.slice(0, 50)) {
      const evidence =
        f.evidence !== undefined ? `<br><code>${escapeHtml(oneLine(f.evidence, 160))}</code>` : ''
      out.push(
        `<tr><td><code>${escapeHtml(oneLine(f.path, 300))}</code></td><td class="nw">${escapeHtml(f.changes.join(', '))}</td><td class="num">${escapeHtml(String(f.layer))}</td><td><code>${where(f)}</code></td><td>${escapeHtml(f.cause)}${f.owner !== undefined ? ` (${escapeHtml(oneLine(f.owner, 40))})` : ''}${evidence}</td></tr>`
      )
    }
    out.push('</tbody></table>')
    const rest = diff.files.length + diff.truncated - Math.min(50, diff.files.length)
    if (rest > 0) out.push(`<p>…and ${escapeHtml(String(rest))} more files.</p>`)
  }
  const meta = [...diff.index, ...diff.config]
  if (meta.length > 0) {
    out.push(
      '<table class="fields"><thead><tr><th>field</th><th>run 1</th><th>run 2</th><th>cause</th></tr></thead><tbody>'
    )
    for (const c of meta.slice(0, 50)) {
      out.push(
        `<tr><td>${escapeHtml(oneLine(c.field, 120))}</td><td><code>${escapeHtml(oneLine(c.a ?? '(none)', 120))}</code></td><td><code>${escapeHtml(oneLine(c.b ?? '(none)', 120))}</code></td><td>${escapeHtml(c.cause)}</td></tr>`
      )
    }
    out.push('</tbody></table>')
  }
  for (const w of diff.warnings.slice(0, 20))
    out.push(`<p class="warning">${escapeHtml(oneLine(w, 300))}</p>`)
  return out.join('\n')
}

function allowListHtml(list: AllowListResult): string {
  const rows = list.allowed.map(g => {
    const files = g.files
      .slice(0, 50)
      .map(f => `<code>${escapeHtml(oneLine(f, 300))}</code>`)
      .join('<br>')
    const more = g.files.length > 50 ? `<br>and ${g.files.length - 50} more` : ''
    return `<tr><td><code>${escapeHtml(oneLine(g.glob, 200))}</code></td><td>${escapeHtml(oneLine(g.reason ?? '-', 300))}</td><td>${g.files.length}</td><td>${files}${more}</td></tr>`
  })
  const table =
    rows.length > 0
      ? `<table><thead><tr><th>glob</th><th>reason</th><th>files</th><th>paths</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : ''
  const outside =
    list.outside.length > 0
      ? `<p>Outside the list: ${list.outside.map(f => `<code>${escapeHtml(oneLine(f, 300))}</code>`).join(', ')}</p>`
      : ''
  return `<section id="allowed"><h2>Allowed differences</h2><p>${escapeHtml(oneLine(list.reason, 600))}</p>${table}${outside}</section>`
}

/** The runs grouped by digest, with the drift policy's count. */
function digestGroupsHtml(result: GateResult): string {
  const rows = resultGroups(result).map(
    g =>
      `<tr><td><code>${escapeHtml(oneLine(g.digest ?? 'no image', 100))}</code></td><td>${escapeHtml(g.runs.join(', '))}</td></tr>`
  )
  return `<section id="digests"><h2>Digests</h2><p>${escapeHtml(driftLine(result))}</p><table><thead><tr><th>digest</th><th>runs</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
}

/** The whole report as one HTML page. Every value from a build is escaped; the page loads nothing. */
export function renderGateHtml(
  result: GateResult,
  extras: ReportExtras = {},
  options: HtmlOptions = {}
): string {
  const h = highlights(result, extras)
  const allow = result.allowList
  const passed = gatePasses(result)
  const verdict = result.reproducible
    ? 'Reproducible'
    : allow?.passed
      ? oneLine(allow.reason, 200).replace(/^r/, 'R')
      : 'Not reproducible'
  const title = `build-lab: ${verdict.toLowerCase()}${options.title ? ` — ${oneLine(options.title, 120)}` : ''}`
  const body: string[] = []
  body.push(
    `<header class="verdict ${passed ? 'pass' : 'fail'}" id="verdict"><h1><span class="badge">${result.reproducible ? 'PASS' : passed ? 'PASS, ALLOWED' : 'FAIL'}</span>${escapeHtml(verdict)}${options.title ? ` <small>${escapeHtml(oneLine(options.title, 120))}</small>` : ''}</h1><p>${escapeHtml(oneLine(result.reason, 600))}</p><p class="equality">Equality: ${escapeHtml(EQUALITY_NOTE[result.equality ?? 'digest'])}</p></header>`
  )
  const figures: string[] = []
  if (h.firstFix !== null) {
    const where =
      h.firstFix.where !== null ? ` <code>${escapeHtml(oneLine(h.firstFix.where, 160))}</code>` : ''
    figures.push(
      figure(
        'First thing to fix',
        `${escapeHtml(oneLine(h.firstFix.problem, 200))}${where}`,
        escapeHtml(oneLine(h.firstFix.fix, 600)),
        'fix'
      )
    )
  }
  figures.push(
    figure(
      'Cache hit ratio (warm build)',
      `<span id="hit-ratio">${escapeHtml(formatRatio(h.hitRatio))}</span>`,
      h.totalSteps > 0 ? escapeHtml(`${h.cachedSteps}/${h.totalSteps} steps cached`) : ''
    )
  )
  if (h.slowest !== null) {
    figures.push(
      figure(
        'Slowest step',
        escapeHtml(formatDuration(h.slowest.durationMs)),
        `<code>${escapeHtml(oneLine(h.slowest.name, 160))}</code> (${h.slowest.run === 1 ? 'warm build' : `run ${h.slowest.run}`})`
      )
    )
  }
  for (const run of result.runs) {
    figures.push(
      figure(
        `Run ${runLabel(run.run)}`,
        escapeHtml(formatDuration(run.durationMs)),
        run.digest !== null
          ? `<code>${escapeHtml(shortDigest(run.digest))}</code>`
          : `failed: ${escapeHtml(oneLine(run.error ?? 'no digest', 300))}`
      )
    )
  }
  if (h.deltas.length > 0) {
    figures.push(
      figure('Compared with the base branch', h.deltas.map(d => escapeHtml(d)).join('<br>'), '', 'deltas')
    )
  }
  body.push(`<section class="figures" id="figures">${figures.join('\n')}</section>`)
  if (result.runs.length > 2) body.push(digestGroupsHtml(result))
  if (allow) body.push(allowListHtml(allow))

  body.push('<section id="timeline"><h2>Timeline</h2>')
  body.push(
    '<p class="legend"><span><i class="executed"></i>executed</span><span><i class="cached"></i>from the cache</span><span><i class="failed"></i>failed</span></p>'
  )
  for (const run of result.runs) {
    const hits =
      run.totalSteps > 0
        ? `, ${run.cachedSteps}/${run.totalSteps} steps cached (${formatRatio(run.cacheHitRatio)})`
        : ''
    body.push(
      `<h3>Run ${escapeHtml(runLabel(run.run))}: ${escapeHtml(formatDuration(run.durationMs))}${escapeHtml(hits)}</h3>`
    )
    body.push(renderTimeline(run, options.maxSteps))
    if (run.errorLog) {
      body.push(
        `<details open><summary>Log of the failing step</summary><pre>${escapeHtml(run.errorLog.slice(-8000))}</pre></details>`
      )
    }
  }
  body.push('</section>')

  const misses = result.misses ? missHtml(result.misses) : ''
  if (misses !== '') body.push(`<section id="misses"><h2>Why run 1 ran steps</h2>${misses}</section>`)

  const diagnosis = diagnosisHtml(diagnosisOf(result, extras), extras.diagnosisMarkdown)
  if (diagnosis !== '') body.push(`<section id="diagnosis"><h2>Diagnosis</h2>${diagnosis}</section>`)

  const findings = sortFindings(extras.findings ?? [])
  if (findings.length > 0) {
    body.push(
      '<section id="recommendations"><h2>Recommendations</h2><table><thead><tr><th>severity</th><th>rule</th><th>where</th><th>problem</th><th>fix</th></tr></thead><tbody>'
    )
    for (const f of findings.slice(0, 200)) {
      body.push(
        `<tr><td class="sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</td><td class="nw">${escapeHtml(oneLine(f.rule, 40))}</td><td class="nw"><code>${escapeHtml(oneLine(`${f.file}:${f.line}`, 200))}</code></td><td>${escapeHtml(oneLine(f.message, 600))}</td><td>${escapeHtml(oneLine(f.fix, 600))}</td></tr>`
      )
    }
    body.push('</tbody></table></section>')
  }

  const e = result.engine
  const facts: [string, string][] = [
    ['image digest', result.digest ?? '-'],
    ['epoch', `${result.epoch} (${result.epochSource})`],
    ['mtimes varied in run 2', result.varyMtime ? 'yes' : 'no'],
    ['equality', EQUALITY_NOTE[result.equality ?? 'digest']],
    ['Docker', e.docker ?? 'unknown'],
    ['buildx', e.buildx ?? 'unknown'],
    [
      'BuildKit',
      `${e.buildkit ?? 'unknown'}${e.buildkitSource === 'inferred' ? ' (inferred from dockerd)' : ''}`
    ],
    ['driver', e.driver ?? 'unknown'],
    ...(e.builder
      ? [['builder', `${e.builder}${e.dockerContext ? ' (docker context)' : ''}`] as [string, string]]
      : [])
  ]
  if (extras.cache) {
    const c = extras.cache
    facts.push(
      ['cache hit', c.hit],
      ['cache restore', formatDuration(c.restoreMs ?? null)],
      ['cache save', formatDuration(c.saveMs ?? null)],
      ['cache size', formatBytes(c.sizeBytes ?? null)],
      ...cacheFacts(c).map(([k, v]): [string, string] => [k.startsWith('cache') ? k : `cache ${k}`, v])
    )
  }
  body.push('<section id="engine"><h2>Cache and engine</h2><table><tbody>')
  for (const [k, v] of facts)
    body.push(`<tr><th>${escapeHtml(k)}</th><td><code>${escapeHtml(oneLine(v, 300))}</code></td></tr>`)
  body.push('</tbody></table></section>')
  body.push(
    '<footer>Generated by build-lab. This page is self-contained: it loads no scripts, fonts or images.</footer>'
  )

  return htmlPage(title, body, MISS_MAP_CSS)
}

/** A self-contained page: inline CSS, no scripts, and a policy that lets it load nothing. `title` is raw text. */
export function htmlPage(title: string, body: readonly string[], css = ''): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}${css}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
