// Renders measured series as a self-contained log-log SVG line chart, with a dashed line of slope 1 (linear growth)
// through each series' first point, so that faster-than-linear growth shows as a curve rising above its guide.
// Pure: data in, SVG text out; every label is escaped.

const W = 640
const H = 400
const M = { left: 70, right: 170, top: 40, bottom: 50 }
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b']

export const escapeXml = s =>
  String(s).replace(
    /[<>&"']/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]
  )

const log10 = Math.log10
const decades = (lo, hi) => {
  const out = []
  for (let e = Math.floor(log10(lo)); e <= Math.ceil(log10(hi)); e++) out.push(10 ** e)
  return out
}

/** The slope of log(y) against log(x), least squares: 1 is linear growth, above 1 is faster. */
export function logSlope(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [log10(x), log10(y)])
  if (p.length < 2) return null
  const mx = p.reduce((s, [x]) => s + x, 0) / p.length
  const my = p.reduce((s, [, y]) => s + y, 0) / p.length
  const sxx = p.reduce((s, [x]) => s + (x - mx) ** 2, 0)
  return sxx === 0 ? null : p.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx
}

/**
 * chart({ title, xLabel, yLabel, series: [{ name, points: [[x, y], ...] }], formatX, formatY, note }) → SVG text.
 * Both axes are logarithmic; ticks are at powers of ten.
 */
export function chart({ title, xLabel, yLabel, series, formatX = String, formatY = String, note = '' }) {
  const all = series.flatMap(s => s.points).filter(([x, y]) => x > 0 && y > 0)
  const [x0, x1] = [Math.min(...all.map(p => p[0])), Math.max(...all.map(p => p[0]))]
  const [y0, y1] = [Math.min(...all.map(p => p[1])), Math.max(...all.map(p => p[1]))]
  const xt = decades(x0, x1)
  const yt = decades(y0 / 2, y1 * 2)
  const [lx0, lx1] = [log10(xt[0]), log10(xt.at(-1))]
  const [ly0, ly1] = [log10(yt[0]), log10(yt.at(-1))]
  const px = x => M.left + ((log10(x) - lx0) / (lx1 - lx0 || 1)) * (W - M.left - M.right)
  const py = y => H - M.bottom - ((log10(y) - ly0) / (ly1 - ly0 || 1)) * (H - M.top - M.bottom)
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2 - M.right / 2 + M.left / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`
  ]
  for (const t of xt) {
    out.push(
      `<line x1="${px(t)}" y1="${M.top}" x2="${px(t)}" y2="${H - M.bottom}" stroke="#ddd"/>`,
      `<text x="${px(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${escapeXml(formatX(t))}</text>`
    )
  }
  for (const t of yt) {
    out.push(
      `<line x1="${M.left}" y1="${py(t)}" x2="${W - M.right}" y2="${py(t)}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${py(t) + 4}" text-anchor="end">${escapeXml(formatY(t))}</text>`
    )
  }
  out.push(
    `<rect x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#444"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`
  )
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]
    const pts = s.points.filter(([x, y]) => x > 0 && y > 0)
    if (pts.length === 0) return
    const [fx, fy] = pts[0]
    const [lx] = pts.at(-1)
    const guideEnd = Math.min(fy * (lx / fx), yt.at(-1))
    const guideX = fx * (guideEnd / fy)
    out.push(
      `<line x1="${px(fx)}" y1="${py(fy)}" x2="${px(guideX)}" y2="${py(guideEnd)}" stroke="${colour}" stroke-dasharray="4 4" opacity="0.6"/>`,
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`,
      ...pts.map(
        ([x, y]) => `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${colour}"/>`
      )
    )
    const slope = logSlope(pts)
    const ly = M.top + 10 + i * 34
    out.push(
      `<line x1="${W - M.right + 12}" y1="${ly}" x2="${W - M.right + 32}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${W - M.right + 38}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
      `<text x="${W - M.right + 38}" y="${ly + 18}" fill="#555">slope ${slope === null ? '-' : slope.toFixed(2)}</text>`
    )
  })
  const legendEnd = M.top + 10 + series.length * 34
  out.push(
    `<line x1="${W - M.right + 12}" y1="${legendEnd}" x2="${W - M.right + 32}" y2="${legendEnd}" stroke="#888" stroke-dasharray="4 4"/>`,
    `<text x="${W - M.right + 38}" y="${legendEnd + 4}" fill="#555">linear (slope 1)</text>`
  )
  if (note)
    out.push(`<text x="${M.left}" y="${M.top - 8}" fill="#555" font-size="10">${escapeXml(note)}</text>`)
  out.push('</svg>', '')
  return out.join('\n')
}
