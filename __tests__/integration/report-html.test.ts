// The HTML report rendered in headless Chromium: the timeline draws, the key figures show, hostile names stay text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import type { ImageDiff } from '../../src/core/diff/types.js'
import type { GateResult } from '../../src/core/gate.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import type { Recommendation } from '../../src/core/report/highlights.js'

const run = promisify(execFile)
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const fixtures = new URL('../unit/fixtures/report/', import.meta.url)
const json = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as T

let dir = ''

beforeAll(() => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install the Debian package "chromium" (apt-get install -y chromium) or set CHROMIUM to its path`
    )
  }
  dir = mkdtempSync(path.join(tmpdir(), 'build-lab-html-'))
})

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    '--window-size=1200,1600'
  ]
}

async function chromium(extra: string[], file: string): Promise<string> {
  const profile = mkdtempSync(path.join(dir, 'profile-'))
  try {
    const { stdout } = await run(CHROMIUM, [...chromiumArgs(profile), ...extra, `file://${file}`], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000
    })
    return stdout
  } catch (error) {
    throw new Error(`Chromium (${CHROMIUM}) could not render ${file}: ${String(error)}`, { cause: error })
  }
}

/** The distinct colours of an 8-bit RGB(A) PNG, decoded with zlib alone. */
function distinctColours(png: Buffer): number {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.subarray(offset + 4, offset + 8).toString('latin1')
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect(data[8]).toBe(8)
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0
      expect(channels).toBeGreaterThan(0)
    }
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const prev = Buffer.alloc(stride)
  const row = Buffer.alloc(stride)
  const colours = new Set<number>()
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0
      const b = prev[x] ?? 0
      const c = x >= channels ? (prev[x - channels] ?? 0) : 0
      const v = line[x] ?? 0
      let out = v
      if (filter === 1) out = v + a
      else if (filter === 2) out = v + b
      else if (filter === 3) out = v + ((a + b) >> 1)
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
      }
      row[x] = out & 0xff
    }
    for (let x = 0; x < stride; x += channels)
      colours.add(((row[x] ?? 0) << 16) | ((row[x + 1] ?? 0) << 8) | (row[x + 2] ?? 0))
    row.copy(prev)
  }
  return colours.size
}

describe('the HTML report in Chromium', () => {
  const result = json<GateResult>('node-naive.gate.json')
  const extras = {
    diff: json<ImageDiff>('node-naive.diff.json'),
    findings: json<Recommendation[]>('node-naive.lint.json'),
    baseline: json<GateResult>('nondeterministic-base.gate.json')
  }

  it('draws one bar per started step, cached steps styled apart, with the key figures in the page', async () => {
    const file = path.join(dir, 'report.html')
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
    const file = path.join(dir, 'paint.html')
    writeFileSync(file, renderGateHtml(result, extras))
    const png = path.join(dir, 'paint.png')
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
    const file = path.join(dir, 'hostile.html')
    writeFileSync(file, renderGateHtml(hostile, {}, { title: evil }))
    const dom = await chromium(['--dump-dom'], file)
    expect(dom).not.toMatch(/<script|<img/i)
    expect(dom).toContain('&lt;script&gt;document.title="pwned"&lt;/script&gt;')
    expect(dom).toMatch(/<title>build-lab: not reproducible — &lt;script&gt;/)
  })
})
