// The lab commands in-process: run with a fake engine (orchestration, mutation, degradation, base image
// changes, records), and compare/report over recorded results.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, promises as fs, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Engine } from '../../src/buildkit/engine.js'
import { compareCommand, reportCommand, runCommand } from '../../src/cli/lab-commands.js'
import type { CliIo } from '../../src/cli/io.js'
import type { EngineFacts } from '../../src/core/buildkit/engine-check.js'
import { BuildLabError } from '../../src/core/errors.js'
import type { LabRecord } from '../../src/core/lab/scenario.js'
import { readRecords } from '../../src/lab/results.js'
import { defaultResultsFile } from '../../src/lab/state-dir.js'

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures')
const WARM = readFileSync(path.join(FIXTURES, 'progress/warm.rawjson'))
const COLD = readFileSync(path.join(FIXTURES, 'progress/cold.rawjson'))

const FACTS: EngineFacts = {
  dockerVersion: '26.1.5+dfsg1',
  buildxVersion: '0.13.1+ds1',
  buildkitReported: null,
  driver: 'docker',
  containerdStore: true,
  host: 'unix:///fake.sock'
}

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t)
  }
  return io
}

interface FakeEngine extends Engine {
  builds: string[][]
  /** what `docker image inspect` answers, call by call */
  imageIds: string[]
}

/** Answers image inspects, and "builds" by replaying a recorded progress stream and writing the metadata file. */
function fakeEngine(options: { failCacheExport?: boolean; digest?: (n: number) => string } = {}): FakeEngine {
  const engine: FakeEngine = {
    builds: [],
    imageIds: [],
    facts: async () => FACTS,
    async run(args, onStderr, onStdout) {
      if (args[0] === 'image') {
        onStdout?.(
          Buffer.from((engine.imageIds.length > 1 ? engine.imageIds.shift() : engine.imageIds[0]) ?? '')
        )
        return engine.imageIds.length === 0 ? 1 : 0
      }
      engine.builds.push(args)
      const cacheTo = args[args.indexOf('--cache-to') + 1]
      if (options.failCacheExport && args.includes('--cache-to')) {
        onStderr(Buffer.from(`ERROR: mkdir ${cacheTo}: not a directory\n`))
        return 1
      }
      const dest = /dest=([^,]+)/.exec(cacheTo)?.[1]
      if (args.includes('--cache-to') && dest !== undefined) {
        await fs.mkdir(dest, { recursive: true })
        await fs.writeFile(path.join(dest, 'index.json'), '{}')
      }
      onStderr(args.includes('--no-cache') ? COLD : WARM)
      const metadata = args[args.indexOf('--metadata-file') + 1]
      const digest = options.digest?.(engine.builds.length) ?? 'sha256:' + 'd'.repeat(64)
      await fs.writeFile(metadata, JSON.stringify({ 'containerimage.digest': digest }))
      return 0
    }
  }
  return engine
}

async function context(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-lab-lab-unit-'))
  await fs.writeFile(
    path.join(dir, 'Dockerfile'),
    'ARG BASE=busybox\nFROM ${BASE}\nCOPY package-lock.json ./\nCOPY app.sh ./\n'
  )
  await fs.writeFile(path.join(dir, 'app.sh'), 'echo hi\n')
  await fs.writeFile(path.join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n')
  return dir
}

const clock = () => {
  let t = Date.parse('2026-11-23T10:00:00Z')
  return () => (t += 250)
}

async function run(
  argv: string[],
  engine: FakeEngine
): Promise<{
  code: number
  io: ReturnType<typeof captureIo>
  records: LabRecord[]
  results: string
  ctx: string
}> {
  const ctx = await context()
  const results = path.join(ctx, '..', `${path.basename(ctx)}-results`, 'results.jsonl')
  const io = captureIo()
  const code = await runCommand([ctx, '--results', results, '--epoch', '0', ...argv], io, {
    engine,
    nowMs: clock()
  })
  return { code, io, records: await readRecords(results), results, ctx }
}

describe('runCommand with a fake engine', () => {
  it('runs the golden path, primes the cache once, and appends a record per build', async () => {
    const engine = fakeEngine()
    engine.imageIds = ['sha256:base']
    const { code, io, records, ctx } = await run(['--all', '--format', 'json'], engine)
    expect(code).toBe(0)
    expect(records.map(r => [r.scenario, r.status, r.mutatedFile])).toEqual([
      ['cold', 'ok', null],
      ['cold-fresh-checkout', 'ok', null],
      ['warm', 'ok', null],
      ['warm-source-edit', 'ok', 'app.sh'],
      ['warm-lockfile-edit', 'ok', 'package-lock.json']
    ])
    // cold, the isolated build from a fresh-checkout copy, the priming build, then three measured warm builds
    expect(engine.builds).toHaveLength(6)
    expect(engine.builds[0]).toContain('--no-cache')
    expect(engine.builds[0]).not.toContain('--cache-to')
    expect(engine.builds[0][engine.builds[0].length - 1]).toBe(ctx)
    expect(engine.builds[1]).toContain('--no-cache')
    expect(engine.builds[1][engine.builds[1].length - 1]).not.toBe(ctx)
    expect(engine.builds[2].join(' ')).toMatch(
      /--cache-to type=local,dest=\S+\/cache\/local\/next-\d+,mode=max/
    )
    expect(engine.builds[3].join(' ')).toMatch(/--cache-from type=local,src=\S+\/cache\/local\/current /)
    // warm, unchanged since the prime: the action's exact hit, which imports and exports nothing
    expect(engine.builds[3]).not.toContain('--cache-to')
    expect(records[2].notes).toContain(
      'the context is the one the local cache was made from: the build imports the cache and exports none, as the action does after an exact hit'
    )
    // after an edit the cache is exported, as the action saves after a partial hit
    expect(engine.builds[4].join(' ')).toMatch(/--cache-to type=local,dest=\S+\/cache\/local\/next-\d+/)
    // mutations build from a copy; the user's files stay as they were
    expect(engine.builds[4][engine.builds[4].length - 1]).not.toBe(ctx)
    expect(readFileSync(path.join(ctx, 'app.sh'), 'utf8')).toBe('echo hi\n')
    expect(readFileSync(path.join(ctx, 'package-lock.json'), 'utf8')).toBe('{"lockfileVersion": 3}\n')
    const r = records[2]
    expect(r).toMatchObject({
      schemaVersion: 1,
      input_mutation: 'none',
      cache_mode: 'local',
      duration_sec: 0.25,
      cache_hit_ratio: 1,
      // WORKDIR is left out of the count
      cachedSteps: 3,
      totalSteps: 3,
      epoch: 0,
      engine: { docker: '26.1.5+dfsg1', buildkit: '0.13', buildx: '0.13.1+ds1' },
      baseImages: [{ ref: 'busybox', before: 'sha256:base', after: 'sha256:base' }],
      build: {
        context: ctx,
        dockerfile: path.join(ctx, 'Dockerfile'),
        target: null,
        buildArgs: [],
        platforms: []
      }
    })
    expect(new Set(records.map(x => x.runId)).size).toBe(1)
    expect(io.err).toContain('build-lab: ▶ warm-source-edit: input_mutation edit-source, cache_mode local')
    expect(io.err).toContain('  ✓ [2/5] WORKDIR /fx-k7q2  CACHED\n')
    const json = JSON.parse(io.out) as { schemaVersion: number; digest_stability: string }
    expect(json.digest_stability).toBe('PASS')
  })

  it('runs in the working directory by default, keeps its state outside it, and never sends it to the build', async () => {
    const engine = fakeEngine()
    engine.imageIds = ['sha256:base']
    const ctx = await context()
    await fs.mkdir(path.join(ctx, '.git'))
    await fs.writeFile(path.join(ctx, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    await fs.mkdir(path.join(ctx, '.build-lab'))
    await fs.writeFile(path.join(ctx, '.build-lab', 'results.jsonl'), '')
    const state = mkdtempSync(path.join(os.tmpdir(), 'build-lab-state-'))
    const work = mkdtempSync(path.join(os.tmpdir(), 'build-lab-work-'))
    const saved = { cwd: process.cwd(), xdg: process.env.XDG_STATE_HOME }
    process.chdir(ctx)
    process.env.XDG_STATE_HOME = state
    const io = captureIo()
    io.stdoutIsTTY = true
    try {
      const argv = ['--scenario', 'cold,warm-source-edit', '--epoch', '0', '--work-dir', work]
      expect(await runCommand(argv, io, { engine, nowMs: clock(), sleep: async () => undefined })).toBe(0)
    } finally {
      process.chdir(saved.cwd)
      if (saved.xdg === undefined) delete process.env.XDG_STATE_HOME
      else process.env.XDG_STATE_HOME = saved.xdg
    }
    const records = await readRecords(defaultResultsFile(ctx, { XDG_STATE_HOME: state }))
    expect(records.map(r => [r.scenario, r.build.context, r.mutatedFile])).toEqual([
      ['cold', ctx, null],
      ['warm-source-edit', ctx, 'app.sh']
    ])
    // nothing new in the context; the old results moved out
    expect((await fs.readdir(ctx)).sort()).toEqual([
      '.build-lab',
      '.git',
      'Dockerfile',
      'app.sh',
      'package-lock.json'
    ])
    expect(await fs.readdir(path.join(ctx, '.build-lab'))).toEqual([])
    expect(io.err).toContain('build-lab: moved the results of an older build-lab from')
    expect(io.err).toContain('build-lab: left out of every build: .build-lab, .git')
    expect(io.err).toContain('build-lab: warm-source-edit: appended a comment to app.sh')
    // the cold build reads the context through a Dockerfile whose own .dockerignore leaves them out
    const file = engine.builds[0][engine.builds[0].indexOf('--file') + 1]
    expect(engine.builds[0][engine.builds[0].length - 1]).toBe(ctx)
    expect(readFileSync(`${file}.dockerignore`, 'utf8')).toBe('# left out by build-lab\n/.build-lab\n/.git\n')
    // the edit builds from a copy without them
    const edit = engine.builds[engine.builds.length - 1]
    const copy = edit[edit.length - 1]
    expect((await fs.readdir(copy)).sort()).toEqual(['Dockerfile', 'app.sh', 'package-lock.json'])
    // on a terminal, plain text
    expect(io.out).toMatch(/^build-lab lab report\n/)
    expect(io.out).not.toMatch(/\\[:`@]|&quot;|&lt;/)
  })

  it('skips the lockfile edit with a note when there is no lockfile', async () => {
    const engine = fakeEngine()
    engine.imageIds = ['sha256:base']
    const ctx = await context()
    await fs.writeFile(path.join(ctx, 'Dockerfile'), 'FROM busybox\nCOPY app.sh ./\n')
    await fs.rm(path.join(ctx, 'package-lock.json'))
    const results = path.join(ctx, 'r.jsonl')
    const code = await runCommand(
      [ctx, '--scenario', 'warm-lockfile-edit', '--results', results],
      captureIo(),
      {
        engine,
        nowMs: clock()
      }
    )
    expect(code).toBe(0)
    const [record] = await readRecords(results)
    expect(record.status).toBe('skipped')
    expect(record.notes[0]).toMatch(/^no lockfile that the Dockerfile copies/)
    expect(engine.builds).toHaveLength(0)
  })

  it('marks scenarios degraded when the cache is unavailable, and goes on', async () => {
    const engine = fakeEngine({ failCacheExport: true })
    engine.imageIds = ['sha256:base']
    const { code, records, io } = await run(
      ['--scenario', 'warm,warm-source-edit', '--inject', 'cache-unavailable', '--format', 'none'],
      engine
    )
    expect(code).toBe(0)
    expect(records.map(r => r.status)).toEqual(['degraded', 'degraded'])
    expect(records[0].notes.join('\n')).toContain('injected: cache-unavailable')
    expect(records[0].notes.join('\n')).toContain(
      'cache unavailable, built without it: the local cache failed'
    )
    expect(io.err).toContain('building again without the cache')
    // the priming build failed on the cache and was rebuilt without it; later builds skip the cache
    expect(engine.builds.map(a => a.includes('--cache-to'))).toEqual([true, false, false, false])
  })

  it('marks records when a base image changes during a scenario', async () => {
    const engine = fakeEngine()
    engine.imageIds = ['sha256:one', 'sha256:two']
    const { code, records, io } = await run(['--scenario', 'cold,warm'], engine)
    expect(records[0].baseImages).toEqual([{ ref: 'busybox', before: 'sha256:one', after: 'sha256:two' }])
    expect(records[0].notes.join()).toContain('base image busybox changed during the scenario')
    expect(records[1].baseImages).toEqual([{ ref: 'busybox', before: 'sha256:two', after: 'sha256:two' }])
    expect(io.out).toContain('**INVALID:** base image busybox changed during cold')
    expect(code).toBe(1)
  })

  it('flags unstable digests with exit 1', async () => {
    const engine = fakeEngine({ digest: n => `sha256:${String(n).repeat(64)}` })
    engine.imageIds = ['sha256:base']
    const { code, io } = await run(['--scenario', 'cold', '--repeat', '2'], engine)
    expect(code).toBe(1)
    expect(io.out).toContain('| digest_stability | **FAIL** |')
  })

  it.each([
    [['--all', '--scenario', 'cold'], 'not both'],
    [['--scenario', 'tepid'], 'unknown scenario "tepid"'],
    [['--all', '--repeat', '0'], '--repeat must be a positive integer'],
    [['--all', '--inject', 'disk-full'], '--inject must be one of cache-unavailable'],
    [['--all', '--config', '/nonexistent/build-lab.yml'], 'config /nonexistent/build-lab.yml not found']
  ])('rejects %j', async (argv, message) => {
    await expect(run(argv, fakeEngine())).rejects.toThrow(message)
  })

  it('needs a cache reference for registry scenarios', async () => {
    const ctx = await context()
    const config = path.join(ctx, 'lab.yml')
    await fs.writeFile(
      config,
      'scenarios:\n  - name: reg\n    input_mutation: none\n    cache_mode: registry\n'
    )
    await expect(
      runCommand([ctx, '--scenario', 'reg', '--config', config], captureIo(), {
        engine: fakeEngine(),
        nowMs: clock()
      })
    ).rejects.toThrow(
      'a registry scenario needs a cache reference: pass --cache-ref host:port/name:tag or set cache_ref in build-lab.yml'
    )
  })

  it('passes --cache-ref to registry scenarios', async () => {
    const ctx = await context()
    const config = path.join(ctx, 'lab.yml')
    await fs.writeFile(
      config,
      'cache_ref: 127.0.0.1:1/c:t\nscenarios:\n  - name: reg\n    input_mutation: none\n    cache_mode: registry\n'
    )
    const engine = fakeEngine()
    engine.imageIds = ['sha256:base']
    await runCommand(
      [ctx, '--scenario', 'reg', '--config', config, '--results', path.join(ctx, 'r.jsonl')],
      captureIo(),
      { engine, nowMs: clock() }
    )
    // port 1 is closed: the up-front check finds the registry down and the scenario runs without it
    const [record] = await readRecords(path.join(ctx, 'r.jsonl'))
    expect(record.status).toBe('degraded')
    expect(record.notes.join()).toContain('the cache registry 127.0.0.1:1 is unreachable')
    expect(engine.builds.every(a => !a.includes('--cache-from'))).toBe(true)
  })
})

describe('runCommand with secrets', () => {
  it('passes --secret to every build and records secret build-args as ***', async () => {
    process.env.BUILD_LAB_TEST_LAB_SECRET = 'lab-secret-value-1'
    try {
      const engine = fakeEngine()
      engine.imageIds = ['sha256:base']
      const { code, io, records, results } = await run(
        [
          '--scenario',
          'cold,warm',
          '--build-arg',
          'NPM_TOKEN=lab-token-value-2',
          '--build-arg',
          'NPM_AUTH=lab-auth-value-3',
          '--secret-build-arg',
          'NPM_AUTH',
          '--secret',
          'id=npm,env=BUILD_LAB_TEST_LAB_SECRET'
        ],
        engine
      )
      expect(code).toBe(0)
      expect(
        engine.builds.every(a => a.join(' ').includes('--secret id=npm,env=BUILD_LAB_TEST_LAB_SECRET'))
      ).toBe(true)
      expect(records[0]?.build.buildArgs).toEqual(['NPM_TOKEN=***', 'NPM_AUTH=***'])
      const written = readFileSync(results, 'utf8') + io.out + io.err
      for (const secret of ['lab-secret-value-1', 'lab-token-value-2', 'lab-auth-value-3']) {
        expect(written).not.toContain(secret)
      }
    } finally {
      delete process.env.BUILD_LAB_TEST_LAB_SECRET
    }
  })
})

describe('compareCommand and reportCommand over recorded results', () => {
  const results = path.join(FIXTURES, 'lab/node-naive.results.jsonl')

  it('compares the last 2 runs', async () => {
    const io = captureIo()
    expect(await compareCommand(['--last', '2', '--results', results], io)).toBe(1)
    expect(io.out).toMatch(/^digest_stability: FAIL/m)
  })

  it.each(['text', 'markdown', 'json', 'html'])('reports as %s', async format => {
    const io = captureIo()
    expect(await reportCommand(['--format', format, '--results', results, '--no-lint'], io)).toBe(0)
    expect(io.out).toContain(format === 'html' ? 'id="cold-duration"' : 'cold_duration')
  })

  it.each([
    [['--format', 'pdf'], '--format must be one of text, markdown, json, html'],
    [['--results', '/nonexistent/results.jsonl'], 'no results at /nonexistent/results.jsonl']
  ])('report rejects %j', async (argv, message) => {
    await expect(reportCommand(argv, captureIo())).rejects.toThrow(message)
  })

  it('names the line of a damaged results file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'build-lab-lab-unit-'))
    const file = path.join(dir, 'results.jsonl')
    const good = readFileSync(results, 'utf8').split('\n')[0]
    await fs.writeFile(file, `${good}\n{"oops"\n${good}\n`)
    await expect(reportCommand(['--results', file], captureIo())).rejects.toThrow(
      `${file}:2: not a JSON line`
    )
    await expect(reportCommand(['--results', file], captureIo())).rejects.toBeInstanceOf(BuildLabError)
    // a last line cut short by an interrupted run is dropped
    await fs.writeFile(file, `${good}\n{"schemaVers`)
    expect(await readRecords(file)).toHaveLength(1)
  })
})
