// Golden job summaries and PR comments built from gate results recorded from real runs, and their size limits.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { ImageDiff } from '../../src/core/diff/types.js'
import { expectGolden } from '../support/golden.js'
import type { GateResult } from '../../src/core/gate.js'
import { byteLength } from '../../src/core/report/format.js'
import {
  COMMENT_MAX_BYTES,
  commentMarker,
  renderGateComment
} from '../../src/core/report/comment-markdown.js'
import { renderGateMarkdown, SUMMARY_MAX_BYTES } from '../../src/core/report/gate-markdown.js'
import {
  baselineDeltas,
  highlights,
  type Recommendation,
  type ReportExtras,
  slowestStep
} from '../../src/core/report/highlights.js'

const dir = new URL('./fixtures/report/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8')
const gate = (name: string): GateResult => JSON.parse(read(`${name}.gate.json`)) as GateResult
const diff = (name: string): ImageDiff => JSON.parse(read(`${name}.diff.json`)) as ImageDiff
const findings = (name: string): Recommendation[] => JSON.parse(read(`${name}.lint.json`)) as Recommendation[]

const golden = (name: string, actual: string): void => expectGolden(new URL(name, dir), actual)

const cache = { hit: 'partial', restoreMs: 812, saveMs: 1930, sizeBytes: 13_400_000 } as const
const cases: [string, ReportExtras][] = [
  [
    'nondeterministic',
    {
      diff: diff('nondeterministic'),
      findings: findings('nondeterministic'),
      baseline: gate('nondeterministic-base'),
      cache
    }
  ],
  ['node-naive', { diff: diff('node-naive'), findings: findings('node-naive') }],
  ['reproducible', {}],
  ['reproducible-old-mtimes', { diff: diff('reproducible-old-mtimes'), cache: { hit: 'miss' } }]
]

describe('golden reports from recorded runs', () => {
  it.each(cases)('%s: job summary', (name, extras) => {
    golden(`${name}.summary.md`, renderGateMarkdown(gate(name), extras))
  })

  it.each(cases)('%s: PR comment', (name, extras) => {
    const key = { workflow: 'CI', job: 'gate', context: `example-dockerfiles/${name}`, target: null }
    golden(
      `${name}.comment.md`,
      renderGateComment(gate(name), key, extras, { runUrl: 'https://github.com/octo/app/actions/runs/42' })
    )
  })
})

describe('the five-second read', () => {
  const result = gate('nondeterministic')
  const extras = cases[0]?.[1] ?? {}
  const key = { workflow: 'CI', job: 'gate', context: 'example-dockerfiles/nondeterministic', target: null }
  const comment = renderGateComment(result, key, extras)
  // Everything before the first fold is what a reviewer sees without clicking.
  const top = comment.slice(0, comment.indexOf('<details>'))

  it('puts the verdict, the first fix, the slowest step and the hit ratio above the fold', () => {
    expect(top).toContain('❌ build-lab: not reproducible')
    expect(top).toMatch(/\*\*First thing to fix:\*\* clock: etc\/app\/built-at \(`Dockerfile:6 RUN mkdir/)
    expect(top).toMatch(
      /\*\*Slowest step:\*\* `\[4\/5\] RUN mkdir -p \/etc\/app && date > \/etc\/app\/built-at` 110 ms \(clean build\)/
    )
    expect(top).toContain('**Cache hit ratio:** 100% (4/4 steps cached on the warm build)')
    expect(top).toContain('hit ratio 1.00 → 1.00')
    expect(top.split('\n').length).toBeLessThan(12)
  })

  it('folds the details', () => {
    for (const section of [
      'Runs and step timings',
      'Diagnosis',
      'Recommendations (2 errors, 1 warning)',
      'Cache and engine'
    ]) {
      expect(comment).toContain(`<details><summary>${section}`)
    }
  })

  it('starts with its marker', () => {
    expect(comment.startsWith(`${commentMarker(key)}\n`)).toBe(true)
  })
})

describe('highlights', () => {
  it('picks the slowest executed step of the warm build, else of the clean build, never a FROM', () => {
    const r = gate('node-naive')
    const [run1] = r.runs
    if (run1 === undefined) throw new Error('fixture without run 1')
    // As recorded, every step of the warm build came from the cache: the clean build's slowest step counts.
    expect(slowestStep(r)).toMatchObject({
      run: 2,
      name: '[4/4] RUN npm ci --omit=dev --no-audit --no-fund'
    })
    const warmRan = {
      ...r,
      runs: [{ ...run1, steps: run1.steps.map(s => ({ ...s, cached: false })) }, ...r.runs.slice(1)]
    }
    expect(slowestStep(warmRan)).toMatchObject({ run: 1 })
    expect(slowestStep(warmRan)?.name).not.toMatch(/\] FROM /)
  })

  it('puts a failed run first, then the diagnosis, then the most severe finding', () => {
    const r = gate('nondeterministic')
    const [run1, run2] = r.runs
    if (run1 === undefined || run2 === undefined) throw new Error('fixture without two runs')
    const failedRun2 = {
      ...r,
      runs: [
        run1,
        { ...run2, digest: null, error: 'process "/bin/sh -c exit 3" did not complete successfully' }
      ]
    }
    expect(highlights(failedRun2, { diff: diff('nondeterministic') }).firstFix?.problem).toBe('run 2 failed')
    expect(highlights(r, { diff: diff('nondeterministic') }).firstFix).toMatchObject({
      problem: 'clock: etc/app/built-at'
    })
    expect(
      highlights({ ...r, diff: null }, { findings: findings('nondeterministic') }).firstFix
    ).toMatchObject({
      problem: expect.stringMatching(/^BL009 \(error\)/),
      where: 'Dockerfile:6'
    })
    expect(highlights(gate('reproducible')).firstFix).toBeNull()
  })

  it.each([
    [1000, 1120, 0.91, 0.64, ['warm build +12% (1.0 s → 1.1 s)', 'hit ratio 0.91 → 0.64']],
    [2000, 1000, 0.5, 1, ['warm build -50% (2.0 s → 1.0 s)', 'hit ratio 0.50 → 1.00']],
    [1000, 1000, null, 0.5, ['warm build ±0% (1.0 s → 1.0 s)']],
    [0, 1000, 0.5, 0.5, ['hit ratio 0.50 → 0.50']]
  ])('deltas: warm %i → %i ms, ratio %p → %p', (before, after, ratioBefore, ratioAfter, expected) => {
    const r = gate('reproducible')
    const withRun1 = (ms: number, ratio: number | null): GateResult => {
      const [run1] = r.runs
      if (run1 === undefined) throw new Error('fixture without run 1')
      return { ...r, runs: [{ ...run1, durationMs: ms, cacheHitRatio: ratio }] }
    }
    expect(baselineDeltas(withRun1(after, ratioAfter), withRun1(before, ratioBefore))).toEqual(expected)
    expect(baselineDeltas(withRun1(after, ratioAfter), null)).toEqual([])
  })

  it('says when the base branch was reproducible and this one is not', () => {
    expect(baselineDeltas(gate('nondeterministic'), gate('reproducible'))[0]).toBe(
      'reproducible on the base branch, not here'
    )
  })
})

describe('size limits', () => {
  const huge = gate('nondeterministic')
  const bigFindings: Recommendation[] = Array.from({ length: 30 }, (_, i) => ({
    rule: `BL${i}`,
    severity: 'warning',
    file: 'Dockerfile',
    line: i + 1,
    message: 'x'.repeat(5000),
    fix: 'y'.repeat(5000)
  }))
  const diagnosisMarkdown = `#### huge\n\n${'| a | b |\n'.repeat(200_000)}`

  it('keeps the job summary under 1 MiB with a note that points to the report file', () => {
    const out = renderGateMarkdown(huge, {
      diagnosisMarkdown,
      findings: bigFindings,
      reportPath: '/tmp/w/report.json'
    })
    expect(byteLength(out)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024)
    expect(out).toContain('cut short')
    expect(out).toContain('`/tmp/w/report.json` (the `report-path` output)')
    expect(out).toContain('### Runs')
    expect(out).not.toContain('Diagnosis')
  })

  it('keeps the comment under GitHub’s 65,536 characters, marker first', () => {
    const key = { workflow: 'CI', job: 'gate', context: '.', target: null }
    const out = renderGateComment(huge, key, { diagnosisMarkdown, findings: bigFindings })
    expect(byteLength(out)).toBeLessThanOrEqual(COMMENT_MAX_BYTES)
    expect(out.startsWith(commentMarker(key))).toBe(true)
    expect(out).toContain('**First thing to fix:**')
    expect(out).toContain('cut short')
  })

  it('leaves a report that fits alone', () => {
    expect(renderGateMarkdown(huge, { diagnosisMarkdown: 'small' })).not.toContain('cut short')
  })
})

describe('docs/reports.md', () => {
  it('shows the golden comment verbatim', () => {
    const docs = readFileSync(new URL('../../docs/reports.md', import.meta.url), 'utf8')
    const comment = read('nondeterministic.comment.md').replace(/\n$/, '')
    expect(docs.split(comment).length - 1).toBe(2)
  })
})
