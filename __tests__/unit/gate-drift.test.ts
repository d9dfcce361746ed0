// N-run gates: the verdict under the drift policy, the runs grouped by digest, and how the reports show them.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  comparedRuns,
  type GateResult,
  gateVerdict,
  keptLayouts,
  type RunRecord,
  variedMtime,
  verdict
} from '../../src/core/gate.js'
import { digestGroups, distinctImages, parseMaxDistinct, parseRuns } from '../../src/core/runs.js'
import { renderGateMarkdown } from '../../src/core/report/gate-markdown.js'
import { renderGateComment } from '../../src/core/report/comment-markdown.js'
import { renderGateText } from '../../src/core/report/gate-text.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import { validateGateReport } from '../../src/core/report/gate-report-schema.js'

const dir = new URL('./fixtures/report/', import.meta.url)
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'))
/** `--runs 3` recorded on the engine: runs 1 and 3 gave one digest, run 2 another. */
const parity = read('parity-3-runs.gate.json') as GateResult
const twoRuns = read('nondeterministic.gate.json') as GateResult

const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`
const C = `sha256:${'c'.repeat(64)}`
function record(run: number, digest: string | null, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    run,
    digest,
    platforms: digest === null ? [] : [{ platform: 'linux/amd64', digest }],
    durationMs: 1000,
    startedAt: '2026-12-02T00:00:00.000Z',
    cacheHitRatio: null,
    cachedSteps: 0,
    totalSteps: 1,
    steps: [],
    error: null,
    errorLog: null,
    ...extra
  }
}

describe('gateVerdict', () => {
  it.each([
    ['equal', [A, A]],
    ['different', [A, B]]
  ])('with two runs and policy 1 is verdict(run1, run2): %s', (_name, [d1, d2]) => {
    const runs = [record(1, d1), record(2, d2)]
    const v = gateVerdict(runs)
    const { reproducible, reason, platforms, sameContent } = verdict(runs[0], runs[1])
    expect({
      reproducible: v.reproducible,
      reason: v.reason,
      platforms: v.platforms,
      sameContent: v.sameContent
    }).toEqual({ reproducible, reason, platforms, sameContent })
  })

  it.each([
    ['all equal', [A, A, A], 1, true, 1, null, /^all 3 runs gave sha256:a{64}$/],
    [
      'one run differs, policy 1',
      [A, B, A],
      1,
      false,
      2,
      [1, 2],
      /^digests differ: 2 distinct digests in 3 runs \(runs 1, 3 a{12}; run 2 b{12}\), more than max-distinct-digests 1 allows$/
    ],
    [
      'one run differs, policy 2',
      [A, A, B],
      2,
      true,
      2,
      [1, 3],
      /^2 distinct digests in 3 runs \(runs 1, 2 a{12}; run 3 b{12}\), within max-distinct-digests 2$/
    ],
    ['three digests, policy 2', [A, B, C, B], 2, false, 3, [1, 2], /3 distinct digests in 4 runs/],
    [
      'two runs, policy 2',
      [A, B],
      2,
      true,
      2,
      [1, 2],
      /digests differ: .*; 2 distinct digests, within max-distinct-digests 2$/
    ]
  ])('%s', (_name, digests, max, reproducible, distinct, compared, reason) => {
    const v = gateVerdict(
      digests.map((d, i) => record(i + 1, d)),
      'digest',
      max
    )
    expect(v.reproducible).toBe(reproducible)
    expect(v.distinct).toBe(distinct)
    expect(v.compared).toEqual(compared)
    expect(v.reason).toMatch(reason)
  })

  it('fails on an isolated run that failed, whatever the policy', () => {
    const v = gateVerdict(
      [record(1, A), record(2, A), record(3, null, { error: 'exit code 1' })],
      'digest',
      3
    )
    expect(v.reproducible).toBe(false)
    expect(v.reason).toBe('run 3 (clean, --no-cache) failed where run 1 succeeded: exit code 1')
    expect(v.compared).toBeNull()
  })

  it('counts digests of equal content once with equality content', () => {
    const content = [{ platform: 'linux/amd64', config: 'sha256:cfg', diffIds: ['sha256:l1'] }]
    const runs = [record(1, A, { content }), record(2, B, { content }), record(3, A, { content })]
    expect(distinctImages(runs, 'digest')).toBe(2)
    expect(distinctImages(runs, 'content')).toBe(1)
    expect(gateVerdict(runs, 'content').reproducible).toBe(true)
    expect(gateVerdict(runs, 'digest').reproducible).toBe(false)
  })
})

describe('digestGroups', () => {
  it('groups the runs in the order each digest first appeared; runs without an image apart', () => {
    expect(digestGroups([record(1, A), record(2, B), record(3, A), record(4, null)])).toEqual([
      { digest: A, runs: [1, 3] },
      { digest: B, runs: [2] },
      { digest: null, runs: [4] }
    ])
  })
})

describe('parseRuns and parseMaxDistinct', () => {
  it.each([
    [undefined, 2],
    ['', 2],
    [' 3 ', 3],
    ['10', 10]
  ])('runs %p gives %p', (raw, n) => {
    expect(parseRuns(raw, 'input runs')).toBe(n)
  })

  it.each(['1', '11', '0', '-2', '2.5', 'three', '1e1'])('refuses runs %p in one line', raw => {
    expect(() => parseRuns(raw, 'input runs')).toThrow(
      new RegExp(
        `^input runs must be a whole number from 2 to 10 \\(got "${raw.replace('.', '\\.')}"\\): run 1 warm`
      )
    )
  })

  it('bounds the policy by the number of runs', () => {
    expect(parseMaxDistinct(undefined, '--max-distinct-digests', 3)).toBe(1)
    expect(parseMaxDistinct('3', '--max-distinct-digests', 3)).toBe(3)
    expect(() => parseMaxDistinct('4', '--max-distinct-digests', 3)).toThrow(
      /^--max-distinct-digests must be a whole number from 1 to 3 \(got "4"\): .*would always pass$/
    )
    expect(() => parseMaxDistinct('0', '--max-distinct-digests', 3)).toThrow(/from 1 to 3/)
  })
})

const DAY = 86_400
describe('variedMtime with a span', () => {
  const now = 1_800_000_000
  it.each([
    ['below the files', 0, [now]],
    ['only just room below', 0, [DAY * 4 + 1]],
    ['no room below', 1_700_000_000, [1_700_000_000]]
  ])('%s: every one of the span keeps the rules', (_name, epoch, mtimes) => {
    for (const span of [1, 2, 9]) {
      const first = variedMtime(epoch, mtimes, now, span)
      for (let i = 0; i < span; i++) {
        const t = first + DAY * i
        expect(t).toBeGreaterThan(epoch)
        for (const m of mtimes) expect(Math.abs(t - m)).toBeGreaterThanOrEqual(DAY)
      }
    }
  })

  it('is the old mtime with a span of 1', () => {
    expect(variedMtime(0, [now], now, 1)).toBe(variedMtime(0, [now], now))
  })
})

describe('results of older reports', () => {
  it('compares runs 1 and 2 and keeps their layouts when the field is absent', () => {
    expect(twoRuns.compared).toBeUndefined()
    expect(comparedRuns(twoRuns)).toEqual([1, 2])
    expect(keptLayouts(twoRuns)).toEqual(['run1', 'run2'])
    expect(renderGateText(twoRuns)).not.toContain('digests  ')
  })
})

describe('a 3-run gate recorded on the engine', () => {
  it('validates against the schema', () => {
    const report = validateGateReport(parity)
    expect(typeof report).not.toBe('string')
  })

  it('keeps the layouts of the first two runs that differ', () => {
    expect(parity.compared).toEqual([1, 2])
    expect(keptLayouts(parity)).toEqual(['run1', 'run2'])
  })

  it('shows each run and the groups in the text', () => {
    const text = renderGateText(parity)
    expect(text).toMatch(/^FAIL {2}not reproducible$/m)
    for (const run of parity.runs) expect(text).toContain(`run ${run.run} (`)
    expect(text).toContain('digests  2 distinct digests in 3 runs · max-distinct-digests 1')
    expect(text).toMatch(/sha256:f592b3ab[0-9a-f]{56} {2}runs 1, 3\n/)
    expect(text).toMatch(/sha256:91cdc218[0-9a-f]{56} {2}run 2\n/)
  })

  it.each([
    ['summary', renderGateMarkdown(parity, {})],
    ['comment', renderGateComment(parity, { workflow: 'ci', job: 'gate', context: '.', target: null })]
  ])('shows the groups in the %s', (_name, md) => {
    expect(md).toContain('| 3 (clean, --no-cache) |')
    expect(md).toContain('| digest | runs |')
    expect(md).toMatch(/\| `sha256:f592b3ab[0-9a-f]{56}` \| 1, 3 \|/)
    expect(md).toMatch(/\| `sha256:91cdc218[0-9a-f]{56}` \| 2 \|/)
    expect(md).toContain('2 distinct digests in 3 runs · max-distinct-digests 1')
  })

  it('shows the groups in the HTML', () => {
    const html = renderGateHtml(parity)
    expect(html).toContain('<section id="digests"><h2>Digests</h2>')
    expect(html).toMatch(/<code>sha256:f592b3ab[0-9a-f]{56}<\/code><\/td><td>1, 3<\/td>/)
    expect(html).toContain('Run 3 (clean, --no-cache)')
  })

  it('escapes a hostile digest in every group table', () => {
    const hostile: GateResult = {
      ...parity,
      digestGroups: [{ digest: '<script>|`x', runs: [1] }, ...(parity.digestGroups ?? [])]
    }
    expect(renderGateHtml(hostile)).not.toContain('<script>|')
    expect(renderGateMarkdown(hostile, {})).not.toContain('<script>|`x` |')
  })
})
