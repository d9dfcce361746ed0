// Lab statistics: min/median/max/CV, noise, digest stability, validity, comparisons and recommended actions.
import { describe, expect, it } from '@jest/globals'
import { compareRuns, isNoisy, stats, summarizeLab } from '../../src/core/lab/stats.js'
import type { LabRecord } from '../../src/core/lab/scenario.js'

const BUILD = {
  context: '/src/app',
  dockerfile: '/src/app/Dockerfile',
  target: null,
  buildArgs: ['BASE=build-lab/busybox:local'],
  platforms: []
}
const BASE_ID = 'sha256:aaaa'

function rec(overrides: Partial<LabRecord>): LabRecord {
  return {
    schemaVersion: 1,
    runId: 'r1',
    scenario: 'cold',
    input_mutation: 'none',
    cache_mode: 'none',
    repeat: 1,
    status: 'ok',
    duration_sec: 10,
    cache_hit_ratio: 0,
    digest: 'sha256:d1',
    cachedSteps: 0,
    totalSteps: 3,
    steps: [],
    epoch: 0,
    engine: { docker: '26.1.5', buildkit: '0.13', buildx: '0.13.1' },
    baseImages: [{ ref: 'build-lab/busybox:local', before: BASE_ID, after: BASE_ID }],
    startedAt: '2026-11-23T10:00:00.000Z',
    build: BUILD,
    mutatedFile: null,
    notes: [],
    error: null,
    ...overrides
  }
}

const cold = (o: Partial<LabRecord> = {}) => rec(o)
/** The second isolated build: --no-cache from a fresh-checkout copy. */
const fresh = (o: Partial<LabRecord> = {}) =>
  rec({ scenario: 'cold-fresh-checkout', input_mutation: 'fresh-checkout', duration_sec: 11, ...o })
const warm = (o: Partial<LabRecord> = {}) =>
  rec({ scenario: 'warm', cache_mode: 'local', duration_sec: 2, cache_hit_ratio: 1, cachedSteps: 3, ...o })
const sourceEdit = (o: Partial<LabRecord> = {}) =>
  rec({
    scenario: 'warm-source-edit',
    input_mutation: 'edit-source',
    cache_mode: 'local',
    duration_sec: 3,
    cache_hit_ratio: 2 / 3,
    cachedSteps: 2,
    digest: 'sha256:e1',
    steps: [
      { name: '[2/3] COPY . .', instruction: 'COPY . .', cached: false, durationMs: 30, error: null },
      { name: '[3/3] RUN make', instruction: 'RUN make', cached: true, durationMs: null, error: null }
    ],
    ...o
  })

describe('stats', () => {
  it.each([
    [[], null],
    [[5], { n: 1, min: 5, median: 5, max: 5, mean: 5, cv: null }],
    [[3, 1, 2], { n: 3, min: 1, median: 2, max: 3, mean: 2, cv: 0.5 }],
    [[4, 1, 3, 2], { n: 4, min: 1, median: 2.5, max: 4, mean: 2.5, cv: Math.sqrt(5 / 3) / 2.5 }],
    [[0, 0], { n: 2, min: 0, median: 0, max: 0, mean: 0, cv: null }]
  ])('%j', (values, expected) => {
    const s = stats(values)
    if (expected === null) return expect(s).toBeNull()
    expect(s).toEqual({ ...expected, cv: expected.cv === null ? null : expect.closeTo(expected.cv, 10) })
  })

  it.each([
    [[10, 10.5, 9.8], 0.15, false],
    [[10, 20, 10], 0.15, true],
    // two values always differ: noise is judged from three runs on
    [[10, 20], 0.15, false],
    [[10], 0.15, false]
  ])('flags %j as noisy over %d: %s', (values, threshold, noisy) => {
    expect(isNoisy(stats(values), threshold)).toBe(noisy)
  })
})

describe('summarizeLab', () => {
  it('takes cold_duration, warm_duration and cache_hit_ratio from the medians', () => {
    const s = summarizeLab([
      cold(),
      fresh(),
      warm({ duration_sec: 2 }),
      warm({ repeat: 2, duration_sec: 2.2 }),
      warm({ repeat: 3, duration_sec: 2.1 })
    ])
    expect(s.cold_duration).toBe(10)
    expect(s.warm_duration).toBe(2.1)
    expect(s.cache_hit_ratio).toBe(1)
    expect(s.digest_stability).toBe('PASS')
    expect(s.valid).toBe(true)
    expect(s.scenarios.map(x => [x.scenario, x.runs])).toEqual([
      ['cold', 1],
      ['cold-fresh-checkout', 1],
      ['warm', 3]
    ])
    expect(s.recommended_actions).toEqual([])
  })

  it('fails digest stability when unchanged inputs give different digests, and says to run the gate', () => {
    const s = summarizeLab([cold(), warm({ digest: 'sha256:d2' })])
    expect(s.digest_stability).toBe('FAIL')
    expect(s.digest_stability_reason).toContain('2 different digests')
    expect(s.recommended_actions.join('\n')).toContain('Not reproducible')
    expect(s.recommended_actions.join('\n')).toContain('build-lab gate')
  })

  it('leaves edited scenarios out of digest stability', () => {
    expect(summarizeLab([cold(), fresh(), warm(), sourceEdit()]).digest_stability).toBe('PASS')
    expect(summarizeLab([cold()]).digest_stability).toBe('N/A')
  })

  it('passes digest stability only on two isolated builds: a cached build reuses what it is compared with', () => {
    const s = summarizeLab([cold(), warm()])
    expect(s.digest_stability).toBe('N/A')
    expect(s.digest_stability_reason).toContain('fewer than 2 isolated builds (--no-cache)')
    const pass = summarizeLab([cold(), fresh(), warm()])
    expect(pass.digest_stability_reason).toBe(
      '2 isolated builds (--no-cache, fresh checkout, later second) and 1 cached of unchanged inputs (cold, cold-fresh-checkout, warm) gave one digest'
    )
    // the isolated builds disagree: not reproducible, whatever the cached one says
    const fail = summarizeLab([cold(), fresh({ digest: 'sha256:d2' }), warm({ digest: 'sha256:d2' })])
    expect(fail.digest_stability).toBe('FAIL')
    expect(fail.actions[0].evidence).toEqual([
      'cold: sha256:d1',
      'cold-fresh-checkout: sha256:d2',
      'warm: sha256:d2'
    ])
  })

  it('counts only steps that do work: WORKDIR is CACHED even under --no-cache', () => {
    const step = (instruction: string, cached: boolean) => ({
      name: `[1/4] ${instruction}`,
      instruction,
      cached,
      durationMs: 10,
      error: null
    })
    // a record as an older build-lab wrote it, 1/3 from WORKDIR: recounted from its steps
    const s = summarizeLab([
      cold({
        cache_hit_ratio: 1 / 3,
        cachedSteps: 1,
        totalSteps: 3,
        steps: [
          step('FROM busybox', false),
          step('WORKDIR /app', true),
          step('COPY . .', false),
          step('RUN make', false)
        ]
      })
    ])
    expect(s.scenarios[0].cache_hit_ratio?.median).toBe(0)
    expect([s.scenarios[0].cachedSteps, s.scenarios[0].totalSteps]).toEqual([0, 2])
  })

  it('is invalid when a base image changed during a scenario', () => {
    const s = summarizeLab([
      cold(),
      warm({ baseImages: [{ ref: 'build-lab/busybox:local', before: BASE_ID, after: 'sha256:bbbb' }] })
    ])
    expect(s.valid).toBe(false)
    expect(s.invalid_reasons[0]).toContain('base image build-lab/busybox:local changed during warm')
    expect(s.recommended_actions[0]).toContain('The comparison is invalid')
  })

  it('is invalid when records measured different base images', () => {
    const s = summarizeLab([
      cold(),
      warm({ baseImages: [{ ref: 'build-lab/busybox:local', before: 'sha256:bbbb', after: 'sha256:bbbb' }] })
    ])
    expect(s.valid).toBe(false)
    expect(s.invalid_reasons[0]).toContain('is not the same image in every record')
  })

  it.each([
    [
      'cold ≈ warm',
      [cold({ duration_sec: 10 }), warm({ duration_sec: 9, cache_hit_ratio: 0.5 })],
      'The cache is not effective'
    ],
    [
      'cold ≈ warm with every step cached',
      [cold({ duration_sec: 10 }), warm({ duration_sec: 9 })],
      'Warm builds reuse 100% of their steps yet take 90% of the cold build'
    ],
    [
      'few hits',
      [cold({ duration_sec: 10 }), warm({ duration_sec: 2, cache_hit_ratio: 0.25 })],
      'reuse only 25%'
    ],
    [
      'a source edit that reinstalls dependencies',
      [
        cold(),
        warm(),
        sourceEdit({
          cache_hit_ratio: 1 / 3,
          steps: [
            { name: '[2/3] COPY . .', instruction: 'COPY . .', cached: false, durationMs: 30, error: null },
            {
              name: '[3/3] RUN npm ci',
              instruction: 'RUN npm ci',
              cached: false,
              durationMs: 4200,
              error: null
            }
          ]
        })
      ],
      'Copy lockfiles before sources: after a source-only edit (warm-source-edit), "RUN npm ci" ran again (4.2 s)'
    ],
    [
      'a source edit that re-runs most steps',
      [
        cold(),
        warm(),
        sourceEdit({
          steps: ['COPY a .', 'RUN a', 'COPY b .', 'RUN b'].map((instruction, i) => ({
            name: `[${i + 2}/5] ${instruction}`,
            instruction,
            cached: i === 0,
            durationMs: 10,
            error: null
          }))
        })
      ],
      're-ran 3 of 4 steps'
    ],
    [
      'noise',
      [cold(), cold({ repeat: 2, duration_sec: 20 }), cold({ repeat: 3, duration_sec: 10 }), warm()],
      'cold is noisy: its durations vary by 43%'
    ],
    [
      'a degraded cache',
      [cold(), warm({ status: 'degraded', notes: ['cache unavailable, built without it: registry down'] })],
      'warm ran without the cache (degraded), so their numbers do not measure it: cache unavailable, built without it: registry down'
    ],
    [
      'a failed scenario',
      [cold(), warm({ status: 'failed', error: 'boom', duration_sec: 1 })],
      'warm failed: boom'
    ]
  ])('recommends an action for %s', (_, records, expected) => {
    expect(summarizeLab(records).recommended_actions.join('\n')).toContain(expected)
  })

  it('adds lint findings of warning level and above', () => {
    const s = summarizeLab([cold(), warm()], {
      lintFindings: [
        {
          rule: 'BL001',
          severity: 'warning',
          file: 'Dockerfile',
          line: 3,
          message: 'COPY . . before npm ci.',
          fix: 'copy the lockfile first'
        },
        { rule: 'BL009', severity: 'info', file: 'Dockerfile', line: 1, message: 'info only', fix: 'none' }
      ]
    })
    expect(s.recommended_actions).toEqual([
      'Dockerfile:3 BL001: COPY . . before npm ci. Fix: copy the lockfile first'
    ])
  })

  it('uses, per scenario, the latest run that measured it for the newest build', () => {
    const other = { ...BUILD, context: '/elsewhere' }
    const s = summarizeLab([
      cold({ duration_sec: 50 }),
      warm({ runId: 'r2', duration_sec: 5 }),
      cold({ runId: 'r3', duration_sec: 12 }),
      cold({ runId: 'r4', duration_sec: 99, build: other }),
      warm({ runId: 'r5', duration_sec: 1 })
    ])
    expect(s.cold_duration).toBe(12)
    expect(s.warm_duration).toBe(1)
    expect(s.generatedFrom.runIds).toEqual(['r3', 'r5'])
  })

  it('says how to start when there are no records', () => {
    expect(() => summarizeLab([])).toThrow('build-lab run')
  })
})

describe('compareRuns', () => {
  const run1 = [cold(), warm(), sourceEdit()]
  const run2 = [
    cold({ runId: 'r2', duration_sec: 12 }),
    warm({ runId: 'r2', duration_sec: 1 }),
    sourceEdit({ runId: 'r2', digest: 'sha256:e2' })
  ]

  it('gives deltas per scenario and digest stability', () => {
    const c = compareRuns([...run1, ...run2], 2)
    expect(c.runIds).toEqual(['r1', 'r2'])
    expect(c.rows.map(r => [r.scenario, r.before, r.after, r.delta_sec, r.digest_stable])).toEqual([
      ['cold', 10, 12, 2, true],
      ['warm', 2, 1, -1, true],
      ['warm-source-edit', 3, 3, 0, null]
    ])
    expect(c.rows[0].delta_pct).toBeCloseTo(0.2)
    expect(c.digest_stability).toBe('PASS')
    expect(c.valid).toBe(true)
  })

  it('compares only the last N runs', () => {
    const c = compareRuns(
      [...run1.map(r => ({ ...r, runId: 'r0', digest: 'sha256:old' })), ...run1, ...run2],
      2
    )
    expect(c.runIds).toEqual(['r1', 'r2'])
    expect(c.digest_stability).toBe('PASS')
  })

  it('fails digest stability when an unchanged scenario changed its digest', () => {
    const c = compareRuns(
      [...run1, ...run2.map(r => (r.scenario === 'cold' ? { ...r, digest: 'sha256:d9' } : r))],
      2
    )
    expect(c.rows[0].digest_stable).toBe(false)
    expect(c.digest_stability).toBe('FAIL')
  })

  it('refuses different builds', () => {
    const other = run2.map(r => ({ ...r, build: { ...BUILD, buildArgs: ['BASE=debian'] } }))
    expect(() => compareRuns([...run1, ...other], 2)).toThrow(
      'refusing to compare different builds: run r1 and run r2 differ in build args BASE=build-lab/busybox:local vs BASE=debian'
    )
  })

  it('marks the comparison invalid when the base image changed between runs', () => {
    const moved = run2.map(r => ({
      ...r,
      baseImages: [{ ref: 'build-lab/busybox:local', before: 'sha256:bbbb', after: 'sha256:bbbb' }]
    }))
    const c = compareRuns([...run1, ...moved], 2)
    expect(c.valid).toBe(false)
    expect(c.invalid_reasons.join()).toContain('build-lab/busybox:local is not the same image')
  })

  it.each([
    [[...run1], 2, 'at least 2 runs'],
    [[...run1, ...run2], 1, '--last must be an integer of at least 2']
  ])('rejects %#', (records, last, message) => {
    expect(() => compareRuns(records, last)).toThrow(message)
  })
})
