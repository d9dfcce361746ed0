// The gate's orchestrator with a fake engine that replays progress streams recorded from real builds.
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Engine } from '../../src/buildkit/engine.js'
import type { EngineFacts } from '../../src/core/buildkit/engine-check.js'
import type { ImageDiff } from '../../src/core/diff/index.js'
import { BuildLabError, Interrupted } from '../../src/core/errors.js'
import { type GateDeps, type GateOptions, runGate } from '../../src/gate/run-gate.js'
import { argAfter, fakeEngine, FIT } from '../support/fake-engine.js'

function deps(
  engine: Engine,
  log: string[] = [],
  clock = { now: 1_800_000_000_250 }
): GateDeps & { sleeps: number[] } {
  const sleeps: number[] = []
  return {
    engine,
    sleeps,
    nowMs: () => (clock.now += 100),
    sleep: async ms => {
      sleeps.push(ms)
      clock.now += ms
    },
    log: {
      info: line => log.push(line),
      group: (title, fn) => {
        log.push(`## ${title}`)
        return fn()
      },
      step: (run, step, phase) => log.push(`run ${run} ${phase} ${step.name}`)
    }
  }
}

async function options(over: Partial<GateOptions> = {}): Promise<GateOptions> {
  const context = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-unit-'))
  await fs.writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\n')
  await fs.writeFile(path.join(context, 'app.txt'), 'hello\n')
  return {
    context,
    file: null,
    target: null,
    buildArgs: [{ name: 'API_TOKEN', value: 'tok-123456' }],
    platforms: [],
    epoch: '1700000000',
    varyMtime: true,
    network: 'none',
    provenance: false,
    cacheFrom: [],
    cacheTo: [],
    workDir: await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-work-')),
    ...over
  }
}

const OTHER = 'sha256:' + '1'.repeat(64)
const diagnosis: ImageDiff = {
  identical: false,
  index: [],
  manifests: [],
  config: [],
  layers: [],
  files: [],
  truncated: 0,
  causes: [],
  warnings: []
}

describe('runGate with recorded progress streams', () => {
  it('passes equal digests, builds run 2 from a re-timed copy without cache, in a later second', async () => {
    const log: string[] = []
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0 }
    ])
    // The copy is gone once the gate passed: look at it while run 2 builds from it.
    const seen: { mtimeMs: number; text: string }[] = []
    const play = engine.run
    engine.run = async (args, onStderr) => {
      if (args.includes('--no-cache')) {
        const file = path.join(args[args.length - 1], 'app.txt')
        seen.push({ mtimeMs: (await fs.stat(file)).mtimeMs, text: await fs.readFile(file, 'utf8') })
      }
      return play(args, onStderr)
    }
    const d = deps(engine, log)
    const o = await options()
    const r = await runGate(o, d)
    expect(r.reproducible).toBe(true)
    expect(r.runs[0]).toMatchObject({ cachedSteps: 4, totalSteps: 4, cacheHitRatio: 1 })
    expect(r.runs[1]).toMatchObject({ cachedSteps: 0, totalSteps: 4 })
    const [a1, a2] = engine.calls
    expect(a1).not.toContain('--no-cache')
    expect(a2).toContain('--no-cache')
    expect(a1[a1.length - 1]).toBe(path.resolve(o.context))
    const copy = a2[a2.length - 1]
    // A name per source context: BuildKit would hand a same-named copy with equal sizes and mtimes another context's files.
    expect(path.dirname(copy)).toBe(o.workDir as string)
    expect(path.basename(copy)).toMatch(/^context-run2-[0-9a-f]{8}$/)
    const orig = await fs.stat(path.join(o.context, 'app.txt'))
    const [copied] = seen
    expect(copied.text).toBe('hello\n')
    expect(Math.abs(copied.mtimeMs - orig.mtimeMs)).toBeGreaterThanOrEqual(86_400_000)
    expect(copied.mtimeMs / 1000).toBeGreaterThan(1700000000)
    // A pass leaves none of the gate's files in the work dir.
    expect(await fs.readdir(o.workDir as string)).toEqual([])
    // run 1 ran no step (every one a cache hit), so run 2 starts in a later second than run 1 started
    const second = (iso: string) => Math.floor(Date.parse(iso) / 1000)
    expect(second(r.runs[1].startedAt)).toBeGreaterThan(second(r.runs[0].startedAt))
    expect(d.sleeps.every(ms => ms > 0 && ms <= 1000)).toBe(true)
    expect(r.timings?.overhead.clockWaitMs).toBe(d.sleeps.reduce((a, b) => a + b, 0))
    // step names stream, phases are announced, and the secret value never reaches the log
    expect(log).toContain('## Run 1: warm build')
    expect(log.some(l => /^run 2 completed \[\d\/5\] RUN/.test(l))).toBe(true)
    expect(log.join('\n')).toContain('API_TOKEN=***')
    expect(log.join('\n')).not.toContain('tok-123456')
  })

  it('builds run 2 from the context itself with varyMtime off', async () => {
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0 }
    ])
    const o = await options({ varyMtime: false })
    await runGate(o, deps(engine))
    expect(engine.calls[1][engine.calls[1].length - 1]).toBe(path.resolve(o.context))
  })

  it('fails on different digests and asks for a diagnosis', async () => {
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0, digest: OTHER }
    ])
    const d = deps(engine)
    const seen: string[] = []
    d.diagnose = async (a, b, hints) => {
      seen.push(a, b)
      expect(hints.contextMtime).toBeGreaterThan(1700000000)
      expect(hints.dockerfile.text).toBe('FROM scratch\n')
      return diagnosis
    }
    const r = await runGate(await options(), d)
    expect(r.reproducible).toBe(false)
    expect(r.reason).toMatch(/digests differ: run 1 9f9252b9e27e, run 2 111111111111/)
    expect(seen.map(p => path.basename(p))).toEqual(['run1', 'run2'])
    expect(r.diff).toEqual(diagnosis)
  })

  it('turns a run-1 build failure into an error with the root step and its log', async () => {
    const engine = fakeEngine(FIT, [{ stream: 'failing-parallel', exitCode: 1 }])
    const err = await runGate(await options(), deps(engine)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BuildLabError)
    const e = err as BuildLabError
    expect(e.exitCode).toBe(2)
    expect(e.message).toMatch(/^run 1 failed, so there is nothing to compare: \[broken 2\/2\]/)
    expect(e.message).not.toMatch(/context canceled/)
    expect(engine.calls).toHaveLength(1)
  })

  it('reports a build that fails only in run 2 as not reproducible', async () => {
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'failing', exitCode: 1 }
    ])
    const r = await runGate(await options(), deps(engine))
    expect(r.reproducible).toBe(false)
    expect(r.reason).toMatch(/run 2 \(clean, --no-cache\) failed where run 1 succeeded: \[3\/4\] RUN/)
    expect(r.runs[1].errorLog).toBeTruthy()
  })

  it('builds run 2 once more when the engine lost it, and passes when the retry succeeds', async () => {
    const log: string[] = []
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'engine-connection-lost', exitCode: 1 },
      { stream: 'cold', exitCode: 0 }
    ])
    const r = await runGate(await options(), deps(engine, log))
    expect(r.reproducible).toBe(true)
    expect(engine.calls).toHaveLength(3)
    expect(engine.calls[2]).toEqual(engine.calls[1])
    expect(log).toContain(
      'run 2 failed in the engine, not in the Dockerfile (ERROR: failed to build: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF): building it once more'
    )
  })

  it.each([['engine-no-session'], ['engine-export-cancelled'], ['engine-connection-lost']])(
    'gives exit 2 with the engine message, not a verdict, when run 2 fails in the engine twice (%s)',
    async stream => {
      const engine = fakeEngine(FIT, [
        { stream: 'warm', exitCode: 0 },
        { stream, exitCode: 1 },
        { stream, exitCode: 1 }
      ])
      const o = await options()
      const err = await runGate(o, deps(engine)).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(BuildLabError)
      expect((err as BuildLabError).exitCode).toBe(2)
      expect((err as BuildLabError).message).toMatch(
        /^run 2 failed in the engine, not in the Dockerfile, retried once, so there is no verdict: .*(no active session|Canceled|Unavailable)/
      )
      expect(engine.calls).toHaveLength(3)
      expect(await fs.readdir(o.workDir as string)).toEqual([])
    }
  )

  it('retries run 1 once when the engine failed it, then gives exit 2 naming the engine', async () => {
    const engine = fakeEngine(FIT, [
      { stream: 'engine-no-session', exitCode: 1 },
      { stream: 'engine-no-session', exitCode: 1 }
    ])
    const err = await runGate(await options(), deps(engine)).catch((e: unknown) => e)
    expect((err as BuildLabError).exitCode).toBe(2)
    expect((err as BuildLabError).message).toMatch(
      /^run 1 failed in the engine, not in the Dockerfile, retried once/
    )
    expect(engine.calls).toHaveLength(2)
  })

  it('keeps only the layouts when the digests differ, and removes everything else', async () => {
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0, digest: OTHER }
    ])
    const layouts = engine.run
    engine.run = async (args, onStderr) => {
      // What BuildKit writes for `--output type=oci,tar=false,dest=<dir>`.
      const dest = /dest=([^,]+)/.exec(argAfter(args, '--output'))?.[1] as string
      await fs.mkdir(dest, { recursive: true })
      await fs.writeFile(path.join(dest, 'index.json'), '{}')
      return layouts(args, onStderr)
    }
    const o = await options()
    const r = await runGate(o, deps(engine))
    expect(r.reproducible).toBe(false)
    expect((await fs.readdir(o.workDir as string)).sort()).toEqual(['run1', 'run2'])
  })

  it('stops at an interrupt: the docker child has exited, the work dir is emptied, and it throws Interrupted', async () => {
    const controller = new AbortController()
    const engine = fakeEngine(FIT, [{ stream: 'interrupted', exitCode: 130 }])
    const play = engine.run
    engine.run = async (args, onStderr) => {
      controller.abort('SIGTERM')
      return play(args, onStderr)
    }
    const o = await options()
    const err = await runGate(o, { ...deps(engine), signal: controller.signal }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Interrupted)
    expect((err as Interrupted).exitCode).toBe(143)
    expect(engine.calls).toHaveLength(1)
    expect(await fs.readdir(o.workDir as string)).toEqual([])
  })

  it.each<[string, Partial<EngineFacts>, RegExp]>([
    [
      'no daemon',
      { dockerVersion: null, daemonError: 'connection refused' },
      /cannot reach the Docker daemon at unix:\/\/\/fake.sock/
    ],
    ['no buildx', { buildxVersion: null }, /buildx is not installed/],
    ['an old BuildKit', { dockerVersion: '24.0.9' }, /older than 0.13/],
    [
      'a driver that cannot export',
      { dockerVersion: '28.0.0', containerdStore: false },
      /cannot export OCI images or cache/
    ]
  ])('stops before building with %s', async (_name, over, message) => {
    const engine = fakeEngine({ ...FIT, ...over }, [])
    await expect(runGate(await options(), deps(engine))).rejects.toThrow(message)
    expect(engine.calls).toHaveLength(0)
  })

  it('checks the context and the Dockerfile before the engine', async () => {
    const engine = fakeEngine(FIT, [])
    await expect(runGate(await options({ context: '/nonexistent' }), deps(engine))).rejects.toThrow(
      /is not a directory/
    )
    await expect(runGate(await options({ file: '/nonexistent/Dockerfile' }), deps(engine))).rejects.toThrow(
      /Dockerfile "\/nonexistent\/Dockerfile" not found/
    )
  })
})
