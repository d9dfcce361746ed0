// Why run 1 ran each step, from a recorded gate run of the naive Node example, and every other cause.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { BuildArg } from '../../src/core/build/args.js'
import { explainMisses } from '../../src/core/miss/explain.js'
import { type InputRecord, parseInputRecord, recordInputs } from '../../src/core/miss/inputs.js'
import { invalidationMap, missActions, missSentence, richPlain } from '../../src/core/miss/map.js'
import { missReport } from '../../src/core/miss/report.js'
import type { Step } from '../../src/core/progress.js'
import { mermaidMap, missHtml, missMarkdown, svgMap } from '../../src/core/report/miss-render.js'

interface Fixture {
  dockerfile: string
  buildArgs: BuildArg[]
  epoch: number
  before: Record<string, string>
  after: Record<string, string>
  steps: Step[]
}

const fixture = JSON.parse(
  readFileSync(new URL('fixtures/miss/node-naive-source-edit.json', import.meta.url), 'utf8')
) as Fixture

function record(files: Record<string, string>, over: Partial<Fixture> = {}): InputRecord {
  const f = { ...fixture, ...over }
  return recordInputs({
    dockerfile: f.dockerfile,
    buildArgs: f.buildArgs,
    epoch: f.epoch,
    files: new Map(Object.entries(files)),
    steps: f.steps
  })
}

const explain = (previous: InputRecord | null, current: InputRecord, steps = fixture.steps) =>
  explainMisses({
    steps,
    previous,
    current,
    origin: { hit: 'partial', level: 'sources' },
    build: { noCache: false }
  })

describe('the recorded source edit of node-naive', () => {
  const previous = record(fixture.before)
  const current = record(fixture.after)
  const misses = explain(previous, current)

  it('records each vertex with the text BuildKit names it by, and what COPY . . read', () => {
    expect(current.steps.map(s => `${s.index} ${s.text}`)).toEqual([
      '1 FROM ${BASE}',
      '2 WORKDIR /app',
      '3 COPY . .',
      '4 RUN npm ci --omit=dev --no-audit --no-fund'
    ])
    expect(current.steps[2]?.sources?.files.map(f => f.path)).toContain('src/server.js')
    expect(current.baseImages[0]?.digest).toMatch(/^sha256:c1a2be8e/)
    expect(parseInputRecord(JSON.stringify(current))).toEqual(current)
    expect(parseInputRecord('{"version":1}')).toBeNull()
  })

  it('COPY . . saw the edited file; npm ci inherited it', () => {
    expect(misses.map(m => [m.instruction, m.cause.kind])).toEqual([
      ['COPY . .', 'sources'],
      ['RUN npm ci --omit=dev --no-audit --no-fund', 'inherited']
    ])
    expect(misses[1]?.rootCause).toEqual({
      kind: 'sources',
      line: 5,
      instruction: 'COPY . .',
      files: ['src/server.js'],
      changed: 1,
      partial: false
    })
    expect(richPlain(missSentence(misses[1]!))).toBe(
      '`RUN npm ci --omit=dev --no-audit --no-fund` ran because `COPY . .` on line 5 saw 1 changed file (src/server.js)'
    )
  })

  it('maps line 5 to the steps it forced, and the reorder saves what npm ci cost', () => {
    const map = invalidationMap(misses)
    expect(map.roots).toHaveLength(1)
    expect(map.roots[0]?.steps.map(s => s.durationMs)).toEqual([640.292, 9718.797])
    const [reorder] = missActions(map, current)
    expect(reorder?.kind).toBe('reorder')
    expect(reorder?.suggestion).toBe(
      'COPY package.json package-lock.json ./\nRUN npm ci --omit=dev --no-audit --no-fund\nCOPY . .'
    )
    expect(richPlain(reorder!.title)).toBe(
      'moving `COPY package.json package-lock.json ./` and `RUN npm ci --omit=dev --no-audit --no-fund` before `COPY . .` (line 5) would have saved 9.7 s'
    )
    expect(mermaidMap(map)).toEqual([
      '```mermaid',
      'flowchart LR',
      '  r0["line 5: COPY . . (640 ms)<br/>saw 1 changed file (src/server.js)"]',
      '  r0 -->|"9.7 s"| r0n0["line 6: RUN npm ci --omit=dev --no-audit --no-fund"]',
      '```'
    ])
  })

  it('an edit of the lockfile is not avoidable: no reorder', () => {
    const edited = record({ ...fixture.before, 'package-lock.json': 'changed' })
    const map = invalidationMap(explain(previous, edited))
    expect(missActions(map, edited)).toEqual([])
  })
})

describe('each cause', () => {
  const previous = record(fixture.before)

  it('no record restored: the first step that ran says so, the rest inherit', () => {
    const misses = explainMisses({
      steps: fixture.steps,
      previous: null,
      current: previous,
      origin: { hit: 'miss' },
      build: { noCache: false }
    })
    expect(misses.map(m => m.cause.kind)).toEqual(['cache-not-restored', 'inherited'])
  })

  it('--no-cache and --no-cache-filter', () => {
    const all = (build: { noCache: boolean; noCacheFilter?: string[] }) =>
      explainMisses({
        steps: fixture.steps,
        previous,
        current: previous,
        origin: { hit: 'exact' },
        build
      }).map(m => m.cause.kind)
    expect(all({ noCache: true })).toEqual(['no-cache', 'no-cache'])
    expect(all({ noCache: false, noCacheFilter: ['stage-0'] })).toEqual([
      'no-cache-filter',
      'no-cache-filter'
    ])
  })

  it('the base image digest, named before anything the steps read', () => {
    const moved = fixture.steps.map(s =>
      s.index === 1 ? { ...s, instruction: s.instruction!.replace(/sha256:c1a2/, 'sha256:ffff') } : s
    )
    const current = recordInputs({ ...fixture, files: new Map(Object.entries(fixture.after)), steps: moved })
    const misses = explain(previous, current, moved)
    expect(misses[0]?.cause).toMatchObject({ kind: 'base-image', ref: '${BASE}', line: 3 })
  })

  it('a build-arg, an ARG default and an ENV the RUN sees; the RUN text', () => {
    const dockerfile = (arg: string, env: string, run: string) =>
      `ARG BASE\nFROM \${BASE}\nARG MODE=${arg}\nENV LEVEL=${env}\nWORKDIR /app\nCOPY . .\n${run}\n`
    const run = 'RUN npm ci --omit=dev --no-audit --no-fund'
    const at = (d: string, args: BuildArg[] = fixture.buildArgs) =>
      record(fixture.before, { dockerfile: d, buildArgs: args })
    const base = at(dockerfile('a', '1', run))
    // Only the RUN ran: the COPY came from the cache.
    const steps = fixture.steps.map(s => (s.index === 3 ? { ...s, cached: true } : s))
    const cause = (current: InputRecord) => explain(base, current, steps).find(m => m.line === 7)?.cause
    expect(
      cause(at(dockerfile('a', '1', run), [...fixture.buildArgs, { name: 'MODE', value: 'z' }]))
    ).toEqual({
      kind: 'build-arg',
      name: 'MODE'
    })
    expect(cause(at(dockerfile('b', '1', run)))).toEqual({
      kind: 'variable',
      name: 'MODE',
      via: 'ARG',
      line: 3
    })
    expect(cause(at(dockerfile('a', '2', run)))).toEqual({
      kind: 'variable',
      name: 'LEVEL',
      via: 'ENV',
      line: 4
    })
    expect(cause(at(dockerfile('a', '1', `${run} --loglevel=warn`)))).toMatchObject({
      kind: 'instruction',
      line: 7
    })
  })

  it('a compiler that re-runs after a source edit gets a cache mount written for it', () => {
    const dockerfile = 'ARG BASE\nFROM ${BASE}\nWORKDIR /app\nCOPY . .\nRUN npx tsc -p .\n'
    const steps = fixture.steps.map(s =>
      s.index === 4
        ? { ...s, name: '[4/4] RUN npx tsc -p .', instruction: 'RUN npx tsc -p .', durationMs: 18000 }
        : s
    )
    const before = recordInputs({
      ...fixture,
      dockerfile,
      files: new Map(Object.entries(fixture.before)),
      steps
    })
    const after = recordInputs({
      ...fixture,
      dockerfile,
      files: new Map(Object.entries(fixture.after)),
      steps
    })
    const report = missReport({
      steps,
      previous: before,
      current: after,
      origin: { hit: 'partial' },
      build: { noCache: false }
    })
    const mount = report.actions.find(a => a.kind === 'cache-mount')
    expect(mount?.suggestion).toBe(
      'RUN --mount=type=cache,target=/cache/tsc npx tsc --incremental --tsBuildInfoFile /cache/tsc/tsbuildinfo --outDir /cache/tsc/out -p . && cp -a /cache/tsc/out/. ./dist/'
    )
    expect(richPlain(mount!.title)).toContain('(18.0 s, 97% of the re-run time)')
  })
})

describe('hostile names', () => {
  const evil = 'src/`x`|<script>alert(1)</script>"]\n-->@here #1 $x.js'
  const previous = record({ ...fixture.before, [evil]: 'a' })
  const current = record({ ...fixture.before, [evil]: 'b' })
  const report = missReport({
    steps: fixture.steps,
    previous,
    current,
    origin: { hit: 'partial' },
    build: { noCache: false }
  })

  it('stay inside their label in mermaid, and are escaped in markdown and HTML', () => {
    const mermaid = mermaidMap(report.map).join('\n')
    expect(
      mermaid
        .split('\n')
        .slice(2, -1)
        .every(l => /^ {2}r0/.test(l))
    ).toBe(true)
    expect(mermaid).not.toMatch(/<script|`x`|@/)
    expect(mermaid).toContain('#96;x#96;#124;#60;script#62;')
    const md = missMarkdown(report).join('\n')
    expect(md).not.toContain('<script')
    expect(md).not.toMatch(/(^|[^\\])@here/)
    for (const html of [missHtml(report), svgMap(report.map)]) {
      expect(html).not.toContain('<script')
      expect(html).toContain('&lt;script&gt;')
    }
  })
})
