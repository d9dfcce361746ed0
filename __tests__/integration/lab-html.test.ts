// The lab's HTML report in headless Chromium: the charts and timelines draw from recorded runs, and the page paints.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { summarizeLab } from '../../src/core/lab/stats.js'
import { renderLabHtml } from '../../src/core/report/lab-html.js'
import type { LabRecord } from '../../src/core/lab/scenario.js'
import { chromium, distinctColours, useChromium } from '../support/chromium.js'

const fixture = new URL('../unit/fixtures/lab/node-naive-isolated.results.jsonl', import.meta.url)
const records = (): LabRecord[] =>
  readFileSync(fixture, 'utf8')
    .split('\n')
    .filter(l => l.trim() !== '')
    .map(l => JSON.parse(l) as LabRecord)
const scratch = useChromium()

describe('the lab HTML report in Chromium', () => {
  const summary = summarizeLab(records())

  it('draws durations with min–max ranges, hit ratios, digest stability, step timelines and actions', async () => {
    const file = path.join(scratch(), 'lab.html')
    writeFileSync(file, renderLabHtml(summary))
    const dom = await chromium(['--dump-dom'], file)
    // one median bar per measured scenario, a range where it ran more than once
    const medians = [...dom.matchAll(/<rect class="median" data-scenario="([^"]+)"/g)].map(m => m[1])
    expect(medians).toEqual(['cold', 'cold-fresh-checkout', 'warm', 'warm-source-edit', 'warm-lockfile-edit'])
    const ranges = [...dom.matchAll(/<g class="range" data-scenario="([^"]+)"/g)].map(m => m[1])
    expect(ranges).toEqual(['warm-source-edit', 'warm-lockfile-edit'])
    // hit ratios: cold builds 0, warm 1
    const ratios = Object.fromEntries(
      [...dom.matchAll(/<rect class="hits" data-scenario="([^"]+)" data-ratio="([^"]+)"/g)].map(m => [
        m[1],
        m[2]
      ])
    )
    expect(ratios).toEqual({
      cold: '0.000',
      'cold-fresh-checkout': '0.000',
      warm: '1.000',
      'warm-source-edit': '0.000',
      'warm-lockfile-edit': '0.000'
    })
    expect(dom).toContain('<span id="digest-verdict">FAIL</span>')
    expect(dom).toContain('<span id="hit-ratio">100%</span>')
    // a timeline per measured scenario; after the edits, the steps that ran again are marked
    const timeline = (name: string) =>
      dom.slice(dom.indexOf(`<svg data-scenario="${name}"`)).split('</svg>')[0]
    const bars = (name: string) => [...timeline(name).matchAll(/<rect class="bar (\w+)"/g)].map(m => m[1])
    expect(bars('warm')).toEqual(['executed', 'cached', 'cached', 'cached'])
    expect(bars('warm-source-edit')).toEqual(['executed', 'cached', 'rerun', 'rerun'])
    expect(bars('cold')).not.toContain('rerun')
    expect(dom).toContain('warm-source-edit: 11.0 s, edited src/server.js, 2 step(s) re-ran')
    // recommended actions, each with its evidence
    expect(dom).toMatch(
      /<ol class="actions">\s*<li>Not reproducible: [^<]*<ul class="evidence"><li>cold: sha256:/
    )
    expect(dom).toContain('<li>re-ran RUN npm ci --omit=dev --no-audit --no-fund (')
  })

  it('paints a page that is not blank', async () => {
    const file = path.join(scratch(), 'paint.html')
    writeFileSync(file, renderLabHtml(summary))
    const png = path.join(scratch(), 'paint.png')
    await chromium([`--screenshot=${png}`], file)
    const bytes = readFileSync(png)
    expect(bytes.length).toBeGreaterThan(20_000)
    expect(distinctColours(bytes)).toBeGreaterThan(200)
  })

  it('keeps hostile scenario names, notes and steps as text', async () => {
    const evil = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'
    const hostile = records().map(r => ({
      ...r,
      scenario: r.scenario === 'warm' ? evil : r.scenario,
      notes: [evil],
      steps: r.steps.map(s => ({ ...s, name: `${s.name} ${evil}` }))
    }))
    const file = path.join(scratch(), 'hostile.html')
    writeFileSync(file, renderLabHtml(summarizeLab(hostile)))
    const dom = await chromium(['--dump-dom'], file)
    expect(dom).not.toMatch(/<script|<img/i)
    expect(dom).toContain('&lt;script&gt;document.title="pwned"&lt;/script&gt;')
    // no script ran: the page keeps its own title
    expect(dom).toMatch(/<head>[\s\S]*<title>build-lab lab: not reproducible — /)
  })
})
