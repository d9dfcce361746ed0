// `report --input` checks its input against the gate report schema: one line naming the field, exit 2.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/cli/main.js'
import { GATE_REPORT_SCHEMA, validateGateReport } from '../../src/core/report/gate-report-schema.js'

const ROOT = new URL('../../', import.meta.url)
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`__tests__/unit/fixtures/report/${name}.gate.json`, ROOT), 'utf8')
  ) as Record<string, unknown>

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-input-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function report(data: unknown, format = 'html'): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, 'input.json')
  await writeFile(file, JSON.stringify(data))
  const out: string[] = []
  const err: string[] = []
  const code = await run(['report', '--input', file, '--format', format], {
    stdout: s => out.push(s),
    stderr: s => err.push(s)
  })
  return { code, out: out.join(''), err: err.join('').replace(file, 'input.json') }
}

/** A deep copy with one value replaced at a JSON pointer ("/runs/0/run"); undefined deletes it. */
function withValue(data: unknown, pointer: string, value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(data))
  const keys = pointer.split('/').slice(1)
  let at: unknown = copy
  for (const k of keys.slice(0, -1)) at = (at as Record<string, unknown>)[k]
  const last = keys[keys.length - 1]!
  const parent = at as Record<string, unknown>
  if (value === undefined) Reflect.deleteProperty(parent, last)
  else parent[last] = value
  return copy
}

describe('report --input', () => {
  const good = fixture('nondeterministic')

  it('schema/gate-report.schema.json is the schema the code checks with', () => {
    const file: unknown = JSON.parse(readFileSync(new URL('schema/gate-report.schema.json', ROOT), 'utf8'))
    expect(file).toEqual(GATE_REPORT_SCHEMA)
  })

  it.each(['nondeterministic', 'node-naive', 'nondeterministic-base'])(
    'accepts the recorded %s report',
    name => {
      expect(typeof validateGateReport(fixture(name))).toBe('object')
    }
  )

  it.each<[string, unknown, string]>([
    ['/runs/0/run', '1', '/runs/0/run must be integer'],
    ['/runs/0/run', 1.5, '/runs/0/run must be integer'],
    ['/diff/files/0/layer', '<b>3</b>', '/diff/files/0/layer must be integer'],
    ['/diff/causes/0/count', '1', '/diff/causes/0/count must be integer'],
    [
      '/diff/causes/0/cause',
      'evil',
      '/diff/causes/0/cause must be one of timestamps, clock, random, order, permissions, build-arg, env, base-image, checkout-mtimes, leftover, compression, unknown'
    ],
    ['/runs/0/digest', 7, '/runs/0/digest must be string or null'],
    ['/engine', undefined, '/engine is missing'],
    ['/runs/0/steps', undefined, '/runs/0/steps is missing'],
    ['/runs/1/steps/0/name', undefined, '/runs/1/steps/0/name is missing'],
    ['/diff/files/0/path', undefined, '/diff/files/0/path is missing'],
    ['/diff/layers/0/hint', undefined, '/diff/layers/0/hint is missing'],
    ['/platforms/0', 'linux', '/platforms/0 must be object'],
    ['/epochSource', 'x', '/epochSource must be one of input, git, default']
  ])('%s = %j: one line naming the field, exit 2', async (pointer, value, message) => {
    const r = await report(withValue(good, pointer, value))
    expect(r).toEqual({
      code: 2,
      out: '',
      err: `build-lab: error: report: input.json: ${message} (the input is the output of \`build-lab gate --format json\` or the action's report-path file)\n`
    })
  })

  it('a top-level value that is not an object is refused at the top level', async () => {
    const r = await report([1, 2])
    expect(r.err).toMatch(/^build-lab: error: report: input\.json: \(the top level\) must be object/)
  })

  it('an injected <meta http-equiv=refresh> in any field never reaches the HTML unescaped', async () => {
    const payload = '"><meta http-equiv=refresh content="0;url=https://evil.example/">'
    const leaves: string[] = []
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`))
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) walk(x, `${at}/${k}`)
      else leaves.push(at)
    }
    walk(good, '')
    expect(leaves.length).toBeGreaterThan(100)
    let rendered = 0
    for (const leaf of leaves) {
      const r = await report(withValue(good, leaf, payload))
      if (r.code === 0) {
        rendered++
        expect([leaf, /<meta http-equiv=["']?refresh/i.test(r.out)]).toEqual([leaf, false])
      } else {
        expect([leaf, r.code, r.out]).toEqual([leaf, 2, ''])
      }
    }
    // Most fields are free text and render (escaped); numbers, booleans and enums are refused.
    expect(rendered).toBeGreaterThan(50)
  })

  it("renders the action's report.json, with its cache and findings", async () => {
    const cache = {
      backend: 'local',
      hit: 'exact',
      key: 'k',
      matchedKey: 'k',
      restoreMs: 1200,
      saveMs: null,
      sizeBytes: 2048,
      saved: false,
      note: '',
      sourceOnlyEdit: false
    }
    const findings = [
      {
        rule: 'apt-no-pin',
        severity: 'warning',
        file: 'Dockerfile',
        line: 3,
        endLine: 3,
        message: 'm',
        why: 'w',
        fix: 'f'
      }
    ]
    const withCache = await report({ ...good, cache, findings })
    expect(withCache.code).toBe(0)
    expect(withCache.out).toContain('<th>cache hit</th><td><code>exact</code></td>')
    expect(withCache.out).toContain('apt-no-pin')
    const off = await report({ ...good, cache: { ...cache, backend: 'off', hit: 'miss' }, findings })
    expect(off.code).toBe(0)
    expect(off.out).not.toContain('cache hit')
  })

  it('renders a valid report', async () => {
    const r = await report(good)
    expect(r.code).toBe(0)
    expect(r.out).toContain('<!doctype html>')
  })
})
