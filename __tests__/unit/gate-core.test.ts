import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseBuildArgs, isSecretName, displayBuildArg, secretValues } from '../../src/core/build/args.js'
import { parseEpoch, resolveEpoch } from '../../src/core/epoch.js'
import type { PlatformContent } from '../../src/core/equality.js'
import {
  gateTimings,
  msUntilNextSecond,
  type RunRecord,
  stepsEnded,
  variedMtime,
  verdict
} from '../../src/core/gate.js'
import { layoutRoot, parseMetadata, platformManifests } from '../../src/core/build/metadata.js'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/metadata/${name}`, import.meta.url), 'utf8')

describe('resolveEpoch', () => {
  it.each([
    ['1700000000', null, { epoch: 1700000000, source: 'input' }],
    [' 0 ', '1795448194', { epoch: 0, source: 'input' }],
    ['', '1795448194\n', { epoch: 0, source: 'default' }],
    [undefined, '1795448194', { epoch: 0, source: 'default' }],
    [undefined, null, { epoch: 0, source: 'default' }],
    ['commit', '1795448194\n', { epoch: 1795448194, source: 'git' }],
    [' Commit ', '1795448194', { epoch: 1795448194, source: 'git' }],
    ['git', '1795448194', { epoch: 1795448194, source: 'git' }],
    ['commit', null, { epoch: 0, source: 'default' }],
    ['commit', 'fatal: not a git repository', { epoch: 0, source: 'default' }],
    ['  ', '', { epoch: 0, source: 'default' }]
  ])('input %p with git %p gives %p', (input, git, expected) => {
    expect(resolveEpoch(input, git)).toEqual(expected)
  })

  it.each(['-1', '1.5', 'abc', '0x10', '1e9', '01', '99999999999999999999'])(
    'rejects %p with a one-line fix',
    value => {
      expect(() => parseEpoch(value)).toThrow(/must be a non-negative integer number of seconds/)
    }
  )
})

describe('parseBuildArgs', () => {
  it.each([
    [['A=1'], [{ name: 'A', value: '1' }]],
    [['A='], [{ name: 'A', value: '' }]],
    [['URL=http://x/?a=b=c'], [{ name: 'URL', value: 'http://x/?a=b=c' }]],
    [['', '# comment', 'B=2\r'], [{ name: 'B', value: '2' }]],
    [['  SPACED = v'], [{ name: 'SPACED', value: ' v' }]]
  ])('%p parses to %p', (entries, expected) => {
    expect(parseBuildArgs(entries)).toEqual(expected)
  })

  it.each([
    [['NOEQUALS'], /"NOEQUALS" has no "="/],
    [['=value'], /has no "="/],
    [['1BAD=x'], /name "1BAD" is not valid/],
    [['NPM_TOKEN'], /"<redacted>" has no "="/]
  ])('%p is rejected', (entries, message) => {
    expect(() => parseBuildArgs(entries)).toThrow(message)
  })

  it.each([
    ['NPM_TOKEN', true],
    ['github_token', true],
    ['DB_PASSWORD', true],
    ['API_KEY', true],
    ['MY_SECRET_X', true],
    ['NPMTOKEN', true],
    ['dbPassword', true],
    ['BASE', false],
    ['VERSION', false],
    ['NPM_AUTH', false],
    ['MONKEY', false]
  ])('isSecretName(%p) is %p', (name, secret) => {
    expect(isSecretName(name)).toBe(secret)
  })

  it('never shows a secret value', () => {
    const args = parseBuildArgs(['NPM_TOKEN=abc123', 'BASE=alpine'])
    expect(args.map(a => displayBuildArg(a))).toEqual(['NPM_TOKEN=***', 'BASE=alpine'])
    expect(secretValues(args)).toEqual(['abc123'])
    const named = parseBuildArgs(['NPM_AUTH=xyz789', 'BASE=alpine'])
    expect(named.map(a => displayBuildArg(a, ['NPM_AUTH']))).toEqual(['NPM_AUTH=***', 'BASE=alpine'])
    expect(secretValues(named, ['NPM_AUTH'])).toEqual(['xyz789'])
  })
})

describe('parseMetadata (recorded from real builds)', () => {
  it('reads a single-platform image', () => {
    expect(parseMetadata(fixture('single-platform.json'))).toEqual({
      digest: 'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b',
      platform: 'linux/amd64',
      configDigest: 'sha256:b2ef64ba0021587ec67ec5a3d3ca4699076009e6776aa9796c4c7e2e81dd9e28'
    })
  })

  it('reads a multi-platform index and its per-platform manifests', () => {
    const meta = parseMetadata(fixture('multi-platform.json'))
    expect(meta.digest).toBe('sha256:c20661b6d9fc765c849172a0e716401051d4c5e6021a41dd5a78b823fa7326b5')
    expect(meta.platform).toBeNull()
    expect(platformManifests(JSON.parse(fixture('multi-platform-index.json')))).toEqual([
      {
        platform: 'linux/amd64',
        digest: 'sha256:6c6ab9c05dbe3d1dc11693eefb89a2da2d4f7d762246875a99e973d8f48c7aa8'
      },
      {
        platform: 'linux/amd64/v2',
        digest: 'sha256:2a767fc94df84cf105225e346b1e00849d4e66d99f431ff9ead93c9e636576bf'
      }
    ])
  })

  it.each([
    ['not json', /not valid JSON/],
    ['[]', /not a JSON object/],
    ['{}', /no containerimage.digest/],
    ['{"containerimage.digest":"sha256:short"}', /no containerimage.digest/]
  ])('rejects %p', (text, message) => {
    expect(() => parseMetadata(text)).toThrow(message)
  })

  it('skips attestation manifests and finds the layout root', () => {
    const index = {
      manifests: [
        { digest: 'sha256:a', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        { digest: 'sha256:b', platform: { os: 'unknown', architecture: 'unknown' } },
        { digest: 'sha256:c' }
      ]
    }
    expect(platformManifests(index)).toEqual([{ platform: 'linux/arm64/v8', digest: 'sha256:a' }])
    expect(layoutRoot({ manifests: [{ digest: 'sha256:x', mediaType: 'm' }] })).toEqual({
      digest: 'sha256:x',
      mediaType: 'm'
    })
    expect(layoutRoot({})).toBeNull()
  })
})

function record(run: 1 | 2, digest: string | null, over: Partial<RunRecord> = {}): RunRecord {
  return {
    run,
    digest,
    platforms: digest ? [{ platform: 'linux/amd64', digest }] : [],
    durationMs: 1000,
    startedAt: '2026-01-01T00:00:00.000Z',
    cacheHitRatio: null,
    cachedSteps: 0,
    totalSteps: 0,
    steps: [],
    error: null,
    errorLog: null,
    ...over
  }
}

const A = 'sha256:' + 'a'.repeat(64)
const B = 'sha256:' + 'b'.repeat(64)

describe('verdict', () => {
  it.each([
    ['equal digests', record(1, A), record(2, A), true, /both runs gave sha256:a{64}/],
    [
      'different digests',
      record(1, A),
      record(2, B),
      false,
      /digests differ: run 1 aaaaaaaaaaaa, run 2 bbbbbbbbbbbb/
    ],
    [
      'run 2 failed',
      record(1, A),
      record(2, null, { error: '[3/3] RUN test -f /c/seed: exit code 1' }),
      false,
      /run 2 \(clean, --no-cache\) failed where run 1 succeeded: \[3\/3\] RUN test/
    ]
  ])('%s', (_name, r1, r2, reproducible, reason) => {
    const v = verdict(r1, r2)
    expect(v.reproducible).toBe(reproducible)
    expect(v.reason).toMatch(reason)
  })

  it('names the platforms that differ', () => {
    const r1 = record(1, A, {
      platforms: [
        { platform: 'linux/amd64', digest: 'sha256:1' },
        { platform: 'linux/arm64', digest: 'sha256:2' }
      ]
    })
    const r2 = record(2, B, {
      platforms: [
        { platform: 'linux/amd64', digest: 'sha256:1' },
        { platform: 'linux/arm64', digest: 'sha256:3' }
      ]
    })
    const v = verdict(r1, r2)
    expect(v.reason).toMatch(/\(platforms that differ: linux\/arm64\)$/)
    expect(v.platforms).toEqual([
      { platform: 'linux/amd64', run1: 'sha256:1', run2: 'sha256:1', equal: true },
      { platform: 'linux/arm64', run1: 'sha256:2', run2: 'sha256:3', equal: false }
    ])
  })
})

const DAY = 86_400
describe('variedMtime', () => {
  const now = 1_800_000_000
  it.each([
    ['old epoch, fresh checkout', 1_700_000_000, [now - 60, now - 10]],
    ['epoch 0', 0, [now]],
    ['epoch just before the checkout', now - 120, [now - 60]],
    ['files normalised to the epoch', 1_700_000_000, [1_700_000_000]],
    ['files older than the epoch', 1_700_000_000, [1_600_000_000]],
    ['empty context', 1_700_000_000, []]
  ])('%s: later than the epoch and a day away from every file', (_name, epoch, mtimes) => {
    const t = variedMtime(epoch, mtimes, now)
    expect(t).toBeGreaterThan(epoch)
    for (const m of mtimes) expect(Math.abs(t - m)).toBeGreaterThanOrEqual(DAY)
  })

  it('moves by whole days from one invocation to the next', () => {
    const a = variedMtime(1_700_000_000, [now], now)
    const b = variedMtime(1_700_000_000, [now], now + 1)
    expect(Math.abs(a - b) % DAY).toBe(0)
    expect(a).not.toBe(b)
  })

  it('handles a context of many files', () => {
    const mtimes = Array.from({ length: 300_000 }, (_, i) => now - i)
    expect(variedMtime(0, mtimes, now)).toBeGreaterThan(0)
  })
})

describe('msUntilNextSecond', () => {
  it.each([
    [1000_000, 1000_000, 1000],
    [1000_999, 1000_999, 1],
    [1000_500, 1001_200, 0],
    [1000_500, 1000_700, 300]
  ])('run 1 ended at %p, now %p: wait %p ms', (ended, now, wait) => {
    expect(msUntilNextSecond(ended, now)).toBe(wait)
  })
})

describe('stepsEnded: when a build last ran a step, for the next-second wait', () => {
  const at = (ms: number) => new Date(ms).toISOString()
  const ran = (completed: number | null) => ({
    cached: false,
    completedAt: completed === null ? null : at(completed)
  })
  const hit = (completed: number) => ({ cached: true, completedAt: at(completed) })
  const [start, end] = [1_800_000_000_000, 1_800_000_002_500]
  it.each<[string, { cached: boolean; completedAt: string | null }[], number]>([
    [
      'every step a cache hit: the layers were made before the build began',
      [hit(start + 100), hit(start + 200)],
      start
    ],
    ['the last step that ran', [ran(start + 300), ran(start + 900), hit(start + 1000)], start + 900],
    ['a step that ran with no completion: the end', [ran(start + 300), ran(null)], end],
    ['no step in the stream: the end', [], end],
    ['a daemon clock ahead of ours: never past the end', [ran(end + 60_000)], end],
    ['a daemon clock behind ours: never before the start', [ran(start - 60_000)], start]
  ])('%s', (_name, steps, expected) => {
    expect(stepsEnded(steps, start, end)).toBe(expected)
  })
})

describe('gateTimings', () => {
  it('splits the wall time into the two builds and what the gate added', () => {
    const t0 = 1_800_000_000_000
    const runs = [
      { startedAt: new Date(t0 + 300).toISOString(), durationMs: 2000 },
      { startedAt: new Date(t0 + 2600).toISOString(), durationMs: 1500 }
    ] as const
    expect(
      gateTimings({
        beforeGateMs: 180,
        startedMs: t0,
        probesMs: 60,
        runs,
        copyMs: 40,
        clockWaitMs: 200,
        endMs: t0 + 4200
      })
    ).toEqual({
      totalMs: 4200,
      run1Ms: 2000,
      run2Ms: 1500,
      copyMs: 40,
      overhead: {
        beforeGateMs: 180,
        probesMs: 60,
        prepareMs: 240,
        betweenRunsMs: 300,
        clockWaitMs: 200,
        verdictMs: 100,
        totalMs: 880
      }
    })
  })
})

const D = (c: string) => `sha256:${c.repeat(64).slice(0, 64)}`
const content = (platform: string, config: string | null, diffIds: string[] | null): PlatformContent => ({
  platform,
  config,
  diffIds
})

describe('the gate verdict under each equality', () => {
  const same = [content('linux/amd64', D('c'), [D('1')])]
  const other = [content('linux/amd64', D('d'), [D('2')])]

  it('digest (the default) fails compressed-bytes-only differences, and says what they are', () => {
    const v = verdict(record(1, D('a'), { content: same }), record(2, D('b'), { content: same }))
    expect(v.reproducible).toBe(false)
    expect(v.sameContent).toBe(true)
    expect(v.reason).toBe(
      'digests differ: run 1 aaaaaaaaaaaa, run 2 bbbbbbbbbbbb; same content (equal diff_ids and config), compressed bytes differ'
    )
  })

  it('content passes them, and says why', () => {
    const v = verdict(record(1, D('a'), { content: same }), record(2, D('b'), { content: same }), 'content')
    expect(v.reproducible).toBe(true)
    expect(v.reason).toMatch(
      /^same content \(equal diff_ids and config\), compressed bytes differ .*equality: content/
    )
  })

  it.each<[string, PlatformContent[] | undefined]>([
    ['other content', other],
    ['no content read from the layout', undefined]
  ])('content still fails %s', (_name, second) => {
    const v = verdict(
      record(1, D('a'), { content: same }),
      record(2, D('b'), second ? { content: second } : {}),
      'content'
    )
    expect(v.reproducible).toBe(false)
    expect(v.sameContent).toBe(false)
    expect(v.reason).toBe('digests differ: run 1 aaaaaaaaaaaa, run 2 bbbbbbbbbbbb')
  })

  it('equal digests pass under both', () => {
    expect(
      verdict(record(1, D('a'), { content: same }), record(2, D('a'), { content: same })).reproducible
    ).toBe(true)
    expect(
      verdict(record(1, D('a'), { content: same }), record(2, D('a'), { content: same }), 'content')
        .reproducible
    ).toBe(true)
  })
})
