// The HTML report rendered in headless Chromium: the timeline draws, the key figures show, hostile names stay text.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ImageDiff } from '../../src/core/diff/types.js'
import type { GateResult } from '../../src/core/gate.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import type { Recommendation } from '../../src/core/report/highlights.js'
import { chromium, distinctColours, useChromium } from '../support/chromium.js'

const fixtures = new URL('../unit/fixtures/report/', import.meta.url)
const json = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as T
const scratch = useChromium()

describe('the HTML report in Chromium', () => {
  const result = json<GateResult>('node-naive.gate.json')
  const extras = {
    diff: json<ImageDiff>('node-naive.diff.json'),
    findings: json<Recommendation[]>('node-naive.lint.json'),
    baseline: json<GateResult>('nondeterministic-base.gate.json')
  }

  it('draws one bar per started step, cached steps styled apart, with the key figures in the page', async () => {
    const file = path.join(scratch(), 'report.html')
    writeFileSync(file, renderGateHtml(result, extras, { title: 'example-dockerfiles/node-naive' }))
    const dom = await chromium(['--dump-dom'], file)
    const bars = [...dom.matchAll(/<rect class="bar (executed|cached|failed)"/g)].map(m => m[1])
    const expected = result.runs.flatMap(r =>
      r.steps.filter(s => s.startedAt !== null).map(s => (s.cached ? 'cached' : 'executed'))
    )
    expect(bars.sort()).toEqual(expected.sort())
    expect(bars).toContain('cached')
    expect(dom.match(/<svg class="timeline"/g)).toHaveLength(2)
    expect(dom).toContain('Not reproducible')
    expect(dom).toContain('<span id="hit-ratio">100%</span>')
    expect(dom).toContain('[4/4] RUN npm ci --omit=dev --no-audit --no-fund')
    expect(dom).toContain('First thing to fix')
    expect(dom).toContain('id="diagnosis"')
    expect(dom).toContain('id="recommendations"')
  })

  it('paints a page that is not blank', async () => {
    const file = path.join(scratch(), 'paint.html')
    writeFileSync(file, renderGateHtml(result, extras))
    const png = path.join(scratch(), 'paint.png')
    await chromium([`--screenshot=${png}`], file)
    const bytes = readFileSync(png)
    expect(bytes.length).toBeGreaterThan(20_000)
    // White page, red verdict, blue bars, grey hatching, anti-aliased text: far more than a blank page's one colour.
    expect(distinctColours(bytes)).toBeGreaterThan(200)
  })

  it('keeps hostile step names as text: no element comes from them', async () => {
    const [run1, ...rest] = result.runs
    if (run1 === undefined) throw new Error('fixture without run 1')
    const evil = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'
    const hostile: GateResult = {
      ...result,
      reason: evil,
      runs: [{ ...run1, steps: run1.steps.map(s => ({ ...s, name: `${s.name} ${evil}` })) }, ...rest]
    }
    const file = path.join(scratch(), 'hostile.html')
    writeFileSync(file, renderGateHtml(hostile, {}, { title: evil }))
    const dom = await chromium(['--dump-dom'], file)
    expect(dom).not.toMatch(/<script|<img/i)
    expect(dom).toContain('&lt;script&gt;document.title="pwned"&lt;/script&gt;')
    expect(dom).toMatch(/<title>build-lab: not reproducible — &lt;script&gt;/)
  })
})
