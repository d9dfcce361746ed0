import { readFileSync } from 'node:fs'
import { describe, expect, it, test } from '@jest/globals'
import {
  ProgressParser,
  isDockerfileStep,
  isFromStep,
  orderSteps,
  parseProgress,
  parseStepName,
  rootError,
  type ProgressSummary,
  type Step
} from '../../src/core/progress.js'
import { seededRandom } from '../support/random.js'

// The same builds recorded on the oldest supported engine (dockerd 26.1, BuildKit 0.13, buildx 0.13)
// and the current one (dockerd 28.5, BuildKit 0.25, buildx 0.29); see fixtures/progress/README.md.
const ENGINES = {
  '0.13': new URL('./fixtures/progress/', import.meta.url),
  '0.25': new URL('./fixtures/progress/buildkit-0.25/', import.meta.url)
} as const
type EngineName = keyof typeof ENGINES
const ENGINE_NAMES = Object.keys(ENGINES) as EngineName[]
const FIXTURE_NAMES = [
  'cold',
  'nocache-rebuild',
  'warm',
  'partial',
  'failing',
  'failing-parallel',
  'multistage',
  'biglog'
] as const
type FixtureName = (typeof FIXTURE_NAMES)[number] | 'warnings'
const EVERY_FIXTURE = ENGINE_NAMES.flatMap(engine => FIXTURE_NAMES.map(name => ({ engine, name })))

const bytesCache = new Map<string, Uint8Array>()
function fixtureBytes(name: FixtureName, engine: EngineName = '0.13'): Uint8Array {
  const key = `${engine}/${name}`
  let bytes = bytesCache.get(key)
  if (bytes === undefined) {
    bytes = new Uint8Array(readFileSync(new URL(`${name}.rawjson`, ENGINES[engine])))
    bytesCache.set(key, bytes)
  }
  return bytes
}
function fixtureText(name: FixtureName, engine: EngineName = '0.13'): string {
  return new TextDecoder().decode(fixtureBytes(name, engine))
}

/** buildx's own error text after the JSON, which starts at "Dockerfile:". */
function trailer(name: FixtureName, engine: EngineName = '0.13'): string {
  const text = fixtureText(name, engine)
  return text.slice(text.lastIndexOf('\nDockerfile:') + 1).trim()
}

/** "stage index/total KEYWORD [cached]": enough to check parsing, order and cache flags at a glance. */
function brief(step: Step): string {
  const keyword = step.instruction?.split(' ')[0] ?? '?'
  return `${step.stage ?? '-'} ${step.index}/${step.total} ${keyword}${step.cached ? ' cached' : ''}`
}

function stepNamed(summary: ProgressSummary, prefix: string): Step {
  const step = summary.steps.find(s => s.name.startsWith(prefix))
  if (step === undefined) throw new Error(`no step starting with ${prefix}`)
  return step
}

function splitEvery<T extends string | Uint8Array>(input: T, size: number): T[] {
  const parts: T[] = []
  for (let i = 0; i < input.length; i += size) parts.push(input.slice(i, i + size) as T)
  return parts
}

function splitRandomly<T extends string | Uint8Array>(input: T, seed: number, maxPart: number): T[] {
  const next = seededRandom(seed)
  const parts: T[] = []
  let i = 0
  while (i < input.length) {
    const size = 1 + Math.floor(next() * maxPart)
    parts.push(input.slice(i, i + size) as T)
    i += size
  }
  return parts
}

function parseChunks(chunks: (string | Uint8Array)[]): ProgressSummary {
  const parser = new ProgressParser()
  for (const chunk of chunks) parser.push(chunk)
  return parser.end()
}

function vertex(fields: Record<string, unknown>): string {
  return JSON.stringify({ vertexes: [fields] }, null, 2)
}
function log(digest: string, text: string): string {
  return JSON.stringify(
    { logs: [{ vertex: digest, stream: 1, data: Buffer.from(text).toString('base64') }] },
    null,
    2
  )
}

describe('recorded fixtures', () => {
  const cases: {
    fixture: FixtureName
    vertexes: number
    /** one list, or one per engine where their first-seen order differs */
    steps: string[] | Record<EngineName, string[]>
    cachedSteps: number
    totalSteps: number
    cacheHitRatio: number | null
    garbage: number
    /** '' for none, else the fixture whose trailer it is */
    otherText: '' | FixtureName
    errors: string[]
  }[] = [
    {
      fixture: 'cold',
      vertexes: 10,
      steps: ['- 5/5 RUN', '- 4/5 RUN', '- 3/5 COPY', '- 2/5 WORKDIR', '- 1/5 FROM cached'],
      cachedSteps: 0,
      totalSteps: 4,
      cacheHitRatio: 0,
      garbage: 0,
      otherText: '',
      errors: []
    },
    {
      fixture: 'nocache-rebuild',
      vertexes: 10,
      steps: ['- 5/5 RUN', '- 4/5 RUN', '- 3/5 COPY', '- 2/5 WORKDIR cached', '- 1/5 FROM'],
      cachedSteps: 1,
      totalSteps: 4,
      cacheHitRatio: 0.25,
      garbage: 0,
      otherText: '',
      errors: []
    },
    {
      fixture: 'warm',
      vertexes: 10,
      steps: [
        '- 5/5 RUN cached',
        '- 4/5 RUN cached',
        '- 3/5 COPY cached',
        '- 2/5 WORKDIR cached',
        '- 1/5 FROM'
      ],
      cachedSteps: 4,
      totalSteps: 4,
      cacheHitRatio: 1,
      garbage: 0,
      otherText: '',
      errors: []
    },
    {
      fixture: 'partial',
      vertexes: 10,
      steps: ['- 5/5 RUN', '- 4/5 RUN', '- 3/5 COPY', '- 2/5 WORKDIR cached', '- 1/5 FROM'],
      cachedSteps: 1,
      totalSteps: 4,
      cacheHitRatio: 0.25,
      garbage: 0,
      otherText: '',
      errors: []
    },
    {
      fixture: 'failing',
      vertexes: 7,
      steps: ['- 4/4 RUN', '- 3/4 RUN', '- 2/4 RUN', '- 1/4 FROM cached'],
      cachedSteps: 0,
      totalSteps: 3,
      cacheHitRatio: 0,
      // The plain-text trailer: text, "{brace}", text, "{brace}", text.
      garbage: 5,
      otherText: 'failing',
      errors: ['[3/4] RUN echo "about to fail {brace} "quoted"" && echo "to stderr" >&2 && exit 3']
    },
    {
      fixture: 'failing-parallel',
      vertexes: 8,
      steps: [
        'stage-2 3/3 COPY',
        'broken 2/2 RUN',
        'stage-2 2/3 COPY',
        'slow 2/2 RUN',
        'broken 1/2 FROM cached'
      ],
      cachedSteps: 0,
      totalSteps: 4,
      cacheHitRatio: 0,
      garbage: 1,
      otherText: 'failing-parallel',
      errors: [
        '[broken 2/2] RUN sleep 1 && echo "progress-fixture broken stage: about to fail" && exit 7',
        '[slow 2/2] RUN echo "progress-fixture slow stage starting" && sleep 3 && echo "slow done" > /slow.txt'
      ]
    },
    {
      fixture: 'multistage',
      vertexes: 18,
      // The stages share one FROM vertex, named after `build` on 0.13 and after `stage-1` on 0.25.
      steps: {
        '0.13': [
          'stage-1 2/2 RUN',
          'final 2/4 COPY',
          'build 10/10 RUN',
          'build 9/10 RUN',
          'build 8/10 RUN',
          'final 4/4 RUN',
          'build 6/10 RUN',
          'build 5/10 RUN',
          'build 4/10 RUN',
          'build 3/10 RUN',
          'build 2/10 WORKDIR',
          'final 3/4 COPY',
          'build 1/10 FROM cached',
          'build 7/10 RUN'
        ],
        '0.25': [
          'build 2/10 WORKDIR',
          'stage-1 1/2 FROM cached',
          'stage-1 2/2 RUN',
          'final 2/4 COPY',
          'build 10/10 RUN',
          'build 9/10 RUN',
          'build 8/10 RUN',
          'build 7/10 RUN',
          'build 6/10 RUN',
          'build 5/10 RUN',
          'build 4/10 RUN',
          'build 3/10 RUN',
          'final 4/4 RUN',
          'final 3/4 COPY'
        ]
      },
      cachedSteps: 0,
      totalSteps: 13,
      cacheHitRatio: 0,
      garbage: 0,
      otherText: '',
      errors: []
    },
    {
      fixture: 'biglog',
      vertexes: 6,
      steps: ['- 2/2 RUN', '- 1/2 FROM cached'],
      cachedSteps: 0,
      totalSteps: 1,
      cacheHitRatio: 0,
      garbage: 0,
      otherText: '',
      errors: []
    }
  ]

  const perEngine = ENGINE_NAMES.flatMap(engine => cases.map(expected => ({ engine, ...expected })))

  test.each(perEngine)(
    'BuildKit $engine, $fixture: totals, cache hits and steps',
    ({ engine, ...expected }) => {
      const summary = parseProgress(fixtureText(expected.fixture, engine))
      expect(summary.vertexes).toBe(expected.vertexes)
      expect(summary.steps.map(brief)).toEqual(
        Array.isArray(expected.steps) ? expected.steps : expected.steps[engine]
      )
      expect(summary.cachedSteps).toBe(expected.cachedSteps)
      expect(summary.totalSteps).toBe(expected.totalSteps)
      expect(summary.cacheHitRatio).toBe(expected.cacheHitRatio)
      expect(summary.garbage).toBe(expected.garbage)
      expect(summary.otherText).toBe(expected.otherText === '' ? '' : trailer(expected.otherText, engine))
      expect(summary.errors.map(step => step.name)).toEqual(expected.errors)
    }
  )

  // Steps after a failure never start: they carry no timestamps at all.
  const neverStarted = ['[4/4] RUN echo never', '[stage-2 2/3]', '[stage-2 3/3]']

  test.each(EVERY_FIXTURE)(
    'BuildKit $engine, $name: every step that ran has timings from the stream',
    ({ engine, name }) => {
      const summary = parseProgress(fixtureBytes(name, engine))
      for (const step of summary.steps) {
        if (neverStarted.some(prefix => step.name.startsWith(prefix))) {
          expect([step.startedAt, step.completedAt, step.durationMs]).toEqual([null, null, null])
          continue
        }
        expect(step.startedAt).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)
        expect(step.completedAt).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)
        expect(step.durationMs).toBeGreaterThanOrEqual(0)
        expect(step.durationMs).toBeLessThan(10_000)
      }
    }
  )

  it.each(ENGINE_NAMES)(
    'BuildKit %s: reads names, stages, padding and UTF-8 from the multi-stage build',
    engine => {
      const summary = parseProgress(fixtureBytes('multistage', engine))
      expect(stepNamed(summary, '[build  9/10]')).toMatchObject({
        name: '[build  9/10] RUN echo six >> out.txt',
        stage: 'build',
        platform: null,
        index: 9,
        total: 10,
        instruction: 'RUN echo six >> out.txt'
      })
      expect(stepNamed(summary, '[build  3/10]').instruction).toBe(
        'RUN echo "progress-fixture multistage: héllo ✓ 🚀" > out.txt'
      )
      expect(stepNamed(summary, '[final 4/4]').log).toBe(
        'progress-fixture multistage: héllo ✓ 🚀\none\ntwo\nthree\nfour\nfive\nsix\nprogress-fixture unnamed stage\n'
      )
    }
  )

  it.each(ENGINE_NAMES)(
    'BuildKit %s: takes the earliest start and the latest completion of a vertex started twice',
    engine => {
      // cold.rawjson: FROM starts, completes, then starts and completes again (cached).
      const text = fixtureText('cold', engine)
      const from = stepNamed(parseProgress(text), '[1/5] FROM')
      // 0.13's buildx pretty-prints each object, 0.29's writes one per line.
      const starts = [...text.matchAll(/"name": ?"\[1\/5\] FROM[^"]*",\s*"started": ?"([^"]+)"/g)].map(
        m => m[1]
      )
      const completions = [
        ...text.matchAll(/"name": ?"\[1\/5\] FROM[^"]*",\s*"started": ?"[^"]+",\s*"completed": ?"([^"]+)"/g)
      ].map(m => m[1])
      expect(new Set(starts).size).toBe(2)
      expect(from.startedAt).toBe([...starts].sort()[0])
      expect(from.completedAt).toBe([...completions].sort().at(-1))
    }
  )
})

describe('chunking', () => {
  const chunkings: [string, (name: FixtureName, engine: EngineName) => (string | Uint8Array)[]][] = [
    ['1-byte Uint8Array', (name, engine) => splitEvery(fixtureBytes(name, engine), 1)],
    ['7-byte Uint8Array', (name, engine) => splitEvery(fixtureBytes(name, engine), 7)],
    ['7-char string', (name, engine) => splitEvery(fixtureText(name, engine), 7)],
    ['random bytes, seed 1', (name, engine) => splitRandomly(fixtureBytes(name, engine), 1, 300)],
    ['random bytes, seed 42', (name, engine) => splitRandomly(fixtureBytes(name, engine), 42, 4096)],
    ['random string, seed 7', (name, engine) => splitRandomly(fixtureText(name, engine), 7, 50)]
  ]
  const cases = EVERY_FIXTURE.flatMap(f => chunkings.map(([label, split]) => ({ ...f, label, split })))

  test.each(cases)(
    'BuildKit $engine, $name in $label chunks gives the same summary as all at once',
    ({ engine, name, split }) => {
      const whole = parseProgress(fixtureText(name, engine))
      const chunks = split(name, engine)
      expect(chunks.length).toBeGreaterThan(1)
      expect(parseChunks(chunks)).toEqual(whole)
    }
  )

  it('keeps multi-byte characters split across byte chunks', () => {
    const summary = parseChunks(splitEvery(fixtureBytes('multistage'), 1))
    expect(stepNamed(summary, '[build  3/10]').name).toContain('héllo ✓ 🚀')
    expect(JSON.stringify(summary)).not.toContain('\ufffd')
  })
})

describe('garbage', () => {
  const a = vertex({ digest: 'sha256:a', name: '[1/2] RUN a', started: '2024-01-01T00:00:00Z' })
  const b = vertex({ digest: 'sha256:b', name: '[2/2] RUN b', started: '2024-01-01T00:00:01Z' })
  const cases: { label: string; input: string; garbage: number; names: string[]; maxObjectChars?: number }[] =
    [
      { label: 'empty input', input: '', garbage: 0, names: [] },
      { label: 'whitespace only', input: ' \n\t\r\n', garbage: 0, names: [] },
      { label: 'two objects', input: `${a}\n${b}\n`, garbage: 0, names: ['[1/2] RUN a', '[2/2] RUN b'] },
      {
        label: 'compact, no separator',
        input: `${JSON.stringify(JSON.parse(a))}${b}`,
        garbage: 0,
        names: ['[1/2] RUN a', '[2/2] RUN b']
      },
      {
        label: 'text before, between, after',
        input: `hello\n${a}\nWARNING: x\n${b}\nbye`,
        garbage: 3,
        names: ['[1/2] RUN a', '[2/2] RUN b']
      },
      {
        label: 'braces and escapes inside strings',
        input: vertex({ digest: 'sha256:c', name: '[1/1] RUN echo "}{" \\ {{' }),
        garbage: 0,
        names: ['[1/1] RUN echo "}{" \\ {{']
      },
      {
        label: 'brace text that is not JSON',
        input: `${a}\n{not json}\n${b}`,
        garbage: 1,
        names: ['[1/2] RUN a', '[2/2] RUN b']
      },
      {
        label: 'object cut mid-string, then a new one',
        input: `${a.slice(0, 40)}\n${b}`,
        garbage: 1,
        names: ['[2/2] RUN b']
      },
      {
        label: 'object cut between values, then a new one at line start',
        input: `{\n  "vertexes": [\n${b}\n${a}`,
        garbage: 1,
        names: ['[2/2] RUN b', '[1/2] RUN a']
      },
      {
        label: 'trailing partial object',
        input: `${a}\n${b.slice(0, -3)}`,
        garbage: 1,
        names: ['[1/2] RUN a']
      },
      { label: 'trailing text', input: `${a}\nERROR: failed to solve\n`, garbage: 1, names: ['[1/2] RUN a'] },
      {
        label: 'JSON that is not an object',
        input: `${a}\n{"vertexes": "nope", "logs": [1, null]}\n${b}`,
        garbage: 0,
        names: ['[1/2] RUN a', '[2/2] RUN b']
      },
      {
        // The long object holds a vertex of its own: after the cap it must be skipped, not half-parsed.
        label: 'object over maxObjectChars, then resync',
        input: `{"vertexes": [{"digest": "sha256:x", "name": "[9/9] RUN x", "pad": "${'p'.repeat(200)}"}]}\n${a}`,
        garbage: 1,
        names: ['[1/2] RUN a'],
        maxObjectChars: 150
      }
    ]

  test.each(cases)('$label', ({ input, garbage, names, maxObjectChars }) => {
    const options = maxObjectChars === undefined ? {} : { maxObjectChars }
    for (const chunks of [[input], splitEvery(input, 1), splitRandomly(input, 3, 16)]) {
      const parser = new ProgressParser(options)
      for (const chunk of chunks) expect(() => parser.push(chunk)).not.toThrow()
      const summary = parser.end()
      expect(summary.garbage).toBe(garbage)
      expect(summary.steps.map(step => step.name)).toEqual(names)
    }
  })

  it('keeps the last 4 KiB of text that is not JSON, in order', () => {
    const a = vertex({ digest: 'sha256:a', name: '[1/1] RUN a' })
    const input = `hello\n${a}\nWARNING: x {not json} y\n${a}\n${'z'.repeat(5000)}END\n`
    for (const chunks of [[input], splitEvery(input, 1), splitRandomly(input, 5, 64)]) {
      const parser = new ProgressParser()
      for (const chunk of chunks) parser.push(chunk)
      const { otherText } = parser.end()
      expect(otherText).toHaveLength(4096 - 1)
      expect(otherText.endsWith(`${'z'.repeat(100)}END`)).toBe(true)
    }
    expect(parseProgress(`hello\n${a}\nWARNING: x {not json} y\n${a}\n`).otherText).toBe(
      'hello\n\nWARNING: x {not json} y'
    )
  })

  it('counts an unterminated object over the cap once and keeps memory bounded', () => {
    const parser = new ProgressParser({ maxObjectChars: 1024 })
    parser.push('{"vertexes": [')
    for (let i = 0; i < 1000; i++) parser.push('"x", '.repeat(100))
    expect(parser.summary().garbage).toBe(1)
    parser.push(`\n${vertex({ digest: 'sha256:a', name: '[1/1] RUN a' })}`)
    const summary = parser.end()
    expect(summary.garbage).toBe(1)
    expect(summary.steps.map(step => step.name)).toEqual(['[1/1] RUN a'])
  })
})

describe('callbacks', () => {
  function record(name: FixtureName, chunks: (string | Uint8Array)[] = [fixtureText(name)]) {
    const events: [string, Step][] = []
    const parser = new ProgressParser({
      onStepStarted: step => events.push(['started', step]),
      onStepCompleted: step => events.push(['completed', step])
    })
    for (const chunk of chunks) parser.push(chunk)
    return { events, summary: parser.end() }
  }

  test.each(FIXTURE_NAMES)('%s: each fires once per step, started before completed', name => {
    const { events, summary } = record(name, splitRandomly(fixtureBytes(name), 11, 500))
    for (const step of summary.steps) {
      const mine = events.filter(([, s]) => s.vertex === step.vertex).map(([kind]) => kind)
      expect(mine).toEqual(step.startedAt === null ? [] : ['started', 'completed'])
    }
    // Internal vertexes never fire.
    expect(events.every(([, s]) => isDockerfileStep(s.name))).toBe(true)
  })

  it('reports a cached step as cached and a failed step with its error', () => {
    const warm = record('warm').events.filter(([kind]) => kind === 'completed')
    expect(warm.map(([, s]) => s.cached)).toEqual([false, true, true, true, true])
    const failing = record('failing').events.filter(([kind]) => kind === 'completed')
    expect(failing.map(([, s]) => s.index)).toEqual([1, 2, 3])
    expect(failing[2]?.[1].error).toContain('exit code: 3')
  })

  it('finishes the chunk before rethrowing what a callback threw', () => {
    let completed = 0
    let thrown = false
    const parser = new ProgressParser({
      onStepStarted: () => {
        if (!thrown) {
          thrown = true
          throw new Error('callback failed')
        }
      },
      onStepCompleted: () => completed++
    })
    expect(() => parser.push(fixtureText('cold'))).toThrow('callback failed')
    expect(parser.end()).toEqual(parseProgress(fixtureText('cold')))
    expect(completed).toBe(5)
  })
})

describe('logs', () => {
  const fullLog = (): Step =>
    stepNamed(parseProgress(fixtureText('biglog'), { maxLogBytesPerStep: 1 << 20 }), '[2/2]')

  it('keeps the whole log under the cap', () => {
    const step = fullLog()
    expect(step.logBytes).toBe(163_934)
    expect(Buffer.byteLength(step.log)).toBe(163_934)
    expect(step.log.startsWith('progress-fixture biglog\nline 0: the quick')).toBe(true)
  })

  test.each([
    ['the default, 16 KiB', undefined, 16_384],
    ['100 bytes', 100, 100],
    ['nothing', 0, 0]
  ])('keeps the last bytes: %s', (_label, maxLogBytesPerStep, kept) => {
    const options = maxLogBytesPerStep === undefined ? {} : { maxLogBytesPerStep }
    const step = stepNamed(parseProgress(fixtureBytes('biglog'), options), '[2/2]')
    expect(step.logBytes).toBe(163_934)
    expect(Buffer.byteLength(step.log)).toBe(kept)
    expect(step.log).toBe(kept === 0 ? '' : fullLog().log.slice(-kept))
    if (kept > 0) expect(step.log.endsWith('LAST LINE OF BIGLOG\n')).toBe(true)
  })

  it('drops the tail of a character the cap cut in two', () => {
    const input = [
      vertex({ digest: 'sha256:u', name: '[1/1] RUN u' }),
      log('sha256:u', 'x'),
      log('sha256:u', 'éééé')
    ].join('\n')
    const step = stepNamed(parseProgress(input, { maxLogBytesPerStep: 5 }), '[1/1]')
    expect(step.log).toBe('éé')
    expect(step.logBytes).toBe(9)
  })

  it('shows the error and the log tail of the failing step', () => {
    const summary = parseProgress(fixtureText('failing'))
    const [failed] = summary.errors
    expect(failed).toMatchObject({
      index: 3,
      instruction: 'RUN echo "about to fail {brace} "quoted"" && echo "to stderr" >&2 && exit 3',
      log: 'about to fail {brace} "quoted"\nto stderr\n'
    })
    expect(failed?.error).toMatch(/did not complete successfully: exit code: 3$/)
    expect(stepNamed(summary, '[2/4]').log).toBe('progress-fixture failing: step ok\n')
  })

  it('marks the sibling of a failed step as canceled, and finds the root error', () => {
    const { errors } = parseProgress(fixtureText('failing-parallel'))
    const [broken, slow] = errors
    expect(broken?.error).toMatch(/exit code: 7$/)
    expect(broken?.log).toBe('progress-fixture broken stage: about to fail\n')
    expect(slow?.error).toMatch(/context canceled$/)
    expect(rootError(errors)).toBe(broken)
    expect(rootError([...errors].reverse())).toBe(broken)
    // With only cancellations, the first to complete.
    expect(rootError(errors.filter(step => step !== broken))).toBe(slow)
    expect(rootError([])).toBeNull()
  })
})

describe('step names', () => {
  test.each([
    ['[2/4] RUN npm ci', { stage: null, platform: null, index: 2, total: 4, instruction: 'RUN npm ci' }],
    [
      '[stage-1 2/4] RUN npm ci',
      { stage: 'stage-1', platform: null, index: 2, total: 4, instruction: 'RUN npm ci' }
    ],
    [
      '[build  9/10] RUN echo six',
      { stage: 'build', platform: null, index: 9, total: 10, instruction: 'RUN echo six' }
    ],
    ['[ 9/10] COPY . .', { stage: null, platform: null, index: 9, total: 10, instruction: 'COPY . .' }],
    [
      '[linux/arm64 build 2/3] RUN x',
      { stage: 'build', platform: 'linux/arm64', index: 2, total: 3, instruction: 'RUN x' }
    ],
    [
      '[linux/amd64->arm64 1/3] FROM a',
      { stage: null, platform: 'linux/amd64->arm64', index: 1, total: 3, instruction: 'FROM a' }
    ],
    [
      '[2/2] RUN <<EOF\necho hi\nEOF',
      { stage: null, platform: null, index: 2, total: 2, instruction: 'RUN <<EOF\necho hi\nEOF' }
    ],
    ['[internal] load build definition from Dockerfile', null],
    ['[internal] load metadata for docker.io/library/node:20', null],
    ['[build internal] load build context', null],
    ['importing cache manifest from 127.0.0.1:5000/cache:tag', null],
    ['exporting to oci image format', null],
    ['exporting cache to client directory', null],
    ['[auth] library/node:pull token for registry-1.docker.io', null],
    ['[build2/3] RUN x', null],
    ['[2/3]RUN x', null]
  ])('%j', (name, expected) => {
    expect(parseStepName(name)).toEqual(expected)
    expect(isDockerfileStep(name)).toBe(expected !== null)
  })

  test.each([
    ['FROM docker.io/library/node:20@sha256:abc', true],
    ['from alpine', true],
    ['FROM', true],
    ['RUN echo FROM x', false],
    ['FROMAGE x', false],
    [null, false]
  ])('isFromStep(%j) is %j', (instruction, expected) => {
    expect(isFromStep({ instruction })).toBe(expected)
  })
})

describe('ProgressParser', () => {
  it('computes durations from nanosecond timestamps in any zone', () => {
    const summary = parseProgress(
      vertex({
        digest: 'sha256:t',
        name: '[1/1] RUN t',
        started: '2024-01-01T00:00:00.123456789Z',
        completed: '2024-01-01T01:00:01.5+01:00'
      })
    )
    expect(summary.steps[0]?.durationMs).toBe(1376.543)
  })

  it('orders steps as they ran, never-started last', () => {
    expect(orderSteps(parseProgress(fixtureText('cold')).steps).map(brief)).toEqual([
      '- 1/5 FROM cached',
      '- 2/5 WORKDIR',
      '- 3/5 COPY',
      '- 4/5 RUN',
      '- 5/5 RUN'
    ])
    expect(orderSteps(parseProgress(fixtureText('failing')).steps).map(s => s.index)).toEqual([1, 2, 3, 4])
    const multistage = orderSteps(parseProgress(fixtureText('multistage')).steps).map(brief)
    expect(multistage.indexOf('build 10/10 RUN')).toBeLessThan(multistage.indexOf('final 2/4 COPY'))
    expect(multistage.filter(s => s.startsWith('build')).map(s => s.split(' ')[1])).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i + 1}/10`)
    )
  })

  it('gives snapshots that later input does not change', () => {
    const text = fixtureText('cold')
    const parser = new ProgressParser()
    parser.push(text.slice(0, text.length / 2))
    const early = parser.summary()
    const earlyJson = JSON.stringify(early)
    expect(early.steps.some(step => step.completedAt === null)).toBe(true)
    parser.push(text.slice(text.length / 2))
    const done = parser.end()
    expect(JSON.stringify(early)).toBe(earlyJson)
    expect(done.steps.every(step => step.completedAt !== null)).toBe(true)
  })

  it('returns the same summary from end() twice and refuses input after it', () => {
    const parser = new ProgressParser()
    parser.push(fixtureBytes('warm'))
    const summary = parser.end()
    expect(parser.end()).toBe(summary)
    expect(() => parser.push('{}')).toThrow('after end()')
  })

  test.each([
    [{ maxLogBytesPerStep: -1 }],
    [{ maxLogBytesPerStep: 1.5 }],
    [{ maxLogBytesPerStep: Number.NaN }],
    [{ maxObjectChars: 1 }]
  ])('rejects %j', options => {
    expect(() => new ProgressParser(options)).toThrow(RangeError)
  })
})

describe('what differs between BuildKit 0.13 (buildx 0.13) and 0.25 (buildx 0.29)', () => {
  it.each<[EngineName, RegExp]>([
    // 0.13's buildx pretty-prints every object over many lines, 0.29's writes one object per line.
    ['0.13', /^\{\n {2}"vertexes": \[\n/],
    ['0.25', /^\{"vertexes":\[\{"digest":"sha256:[0-9a-f]{64}","name":"[^"\n]+"\}\]\}\n\{/]
  ])('BuildKit %s: the stream layout', (engine, layout) => {
    expect(fixtureText('cold', engine)).toMatch(layout)
  })

  it.each<[EngineName, string]>([
    ['0.13', 'ERROR: failed to solve: process'],
    ['0.25', 'ERROR: failed to build: failed to solve: process']
  ])("BuildKit %s: buildx's error trailer, kept as other text", (engine, start) => {
    const { otherText } = parseProgress(fixtureText('failing', engine))
    expect(otherText.startsWith('Dockerfile:3\n')).toBe(true)
    expect(otherText.split('\n').at(-1)?.startsWith(start)).toBe(true)
  })

  it.each<[EngineName, number]>([
    ['0.13', 0],
    ['0.25', 1]
  ])(
    'BuildKit %s: build-check warnings in the stream (%d), which the parser passes over',
    (engine, warnings) => {
      // `FROM ... as base`: BuildKit 0.25 runs its FromAsCasing check during the build.
      const text = fixtureText('warnings', engine)
      const objects = text
        .split('\n')
        .filter(line => line.startsWith('{"warnings"') || line === '  "warnings": [')
      expect(objects).toHaveLength(warnings)
      if (warnings > 0) {
        const warning = JSON.parse(objects[0] ?? '') as { warnings: { short: string; url: string }[] }
        expect(Buffer.from(warning.warnings[0]?.short ?? '', 'base64').toString()).toMatch(/^FromAsCasing: /)
      }
      const summary = parseProgress(text)
      expect(summary.garbage).toBe(0)
      expect(summary.steps.map(brief)).toEqual(['- 2/2 RUN', '- 1/2 FROM cached'])
    }
  )

  // Cached flags: the same quirks on both engines, so the hit ratio leaves FROM out and a --no-cache
  // build can still count WORKDIR as cached.
  it.each(
    ENGINE_NAMES.flatMap(engine => [
      { engine, fixture: 'cold' as const, from: true, workdir: false },
      { engine, fixture: 'nocache-rebuild' as const, from: false, workdir: true },
      { engine, fixture: 'warm' as const, from: false, workdir: true }
    ])
  )(
    'BuildKit $engine, $fixture: FROM cached $from, WORKDIR cached $workdir',
    ({ engine, fixture, from, workdir }) => {
      const summary = parseProgress(fixtureText(fixture, engine))
      expect(stepNamed(summary, '[1/5] FROM').cached).toBe(from)
      expect(stepNamed(summary, '[2/5] WORKDIR').cached).toBe(workdir)
    }
  )

  it.each(ENGINE_NAMES)(
    'BuildKit %s: vertex names pin the base by digest and decode escaped JSON',
    engine => {
      const cold = parseProgress(fixtureText('cold', engine))
      expect(stepNamed(cold, '[1/5] FROM').instruction).toMatch(
        /^FROM docker\.io\/build-lab\/busybox:local@sha256:[0-9a-f]{64}$/
      )
      // buildx 0.29 escapes & and > as \u0026 and \u003e; the names come out the same.
      const [error] = parseProgress(fixtureText('failing', engine)).errors
      expect(error?.instruction).toBe(
        'RUN echo "about to fail {brace} "quoted"" && echo "to stderr" >&2 && exit 3'
      )
    }
  )

  it.each<[EngineName, string[]]>([
    ['0.13', ['build']],
    ['0.25', ['stage-1']]
  ])('BuildKit %s: stages sharing a base share one FROM vertex, named after %j', (engine, stages) => {
    const summary = parseProgress(fixtureText('multistage', engine))
    expect(summary.steps.filter(isFromStep).map(step => step.stage)).toEqual(stages)
  })
})
