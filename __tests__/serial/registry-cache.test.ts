// cache-backend: registry against a real docker-registry on 127.0.0.1, with the daemon pruned before each run (a fresh runner).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { planRegistryCache, type RegistryProbe, registryHost } from '../../src/cache/registry-cache.js'
import { runGate } from '../../src/gate/run-gate.js'
import { type ActionRun, runAction } from '../support/action-runner.js'
import { recordingLogger } from '../support/cache-server.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { Registry } from '../support/registry.js'

interface Report {
  reproducible: boolean
  runs: { cachedSteps: number; totalSteps: number }[]
}

const registry = new Registry()
let context: string
let root: string

async function prune(): Promise<void> {
  const r = await execArgs('docker', ['buildx', 'prune', '-af'])
  expect(r.code).toBe(0)
}

async function gate(ref: string): Promise<{ run: ActionRun; report: Report }> {
  await prune()
  const run = await runAction(
    {
      context,
      'build-args': `BASE=${BUSYBOX}`,
      network: 'none',
      epoch: '1700000000',
      'cache-backend': 'registry',
      'cache-ref': ref
    },
    {},
    path.join(root, `runner-${Date.now()}`)
  )
  if (run.code !== 0) throw new Error(`the action exited ${run.code}:\n${run.stdout.slice(-4000)}`)
  const report = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8')) as Report
  return { run, report }
}

/** Warnings other than lint findings (the busybox base is a tag without a digest, on purpose). */
function warnings(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning') && !l.startsWith('::warning title=build-lab BL'))
}

beforeAll(async () => {
  requireEngine()
  await registry.start()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-registry-cache-'))
  context = await makeContext(
    {
      Dockerfile:
        'ARG BASE\nFROM ${BASE}\nCOPY deps.lock /app/deps.lock\nRUN sha256sum /app/deps.lock > /app/deps.sum\n' +
        'COPY src/ /app/src/\nRUN cat /app/src/* > /app/bundle\n',
      'deps.lock': 'dependency-lock v1\n',
      'src/main.txt': 'main v1\n'
    },
    { nonce: true }
  )
})

afterAll(async () => {
  await registry.destroy()
  await fs.rm(root, { recursive: true, force: true })
})

describe('registryHost', () => {
  it.each([
    ['127.0.0.1:5000/cache:main', '127.0.0.1:5000'],
    ['ghcr.io/owner/app:buildcache', 'ghcr.io'],
    ['localhost/cache:x', 'localhost'],
    ['owner/app:cache', 'registry-1.docker.io'],
    ['app', 'registry-1.docker.io'],
    ['docker.io/owner/app:cache', 'registry-1.docker.io']
  ])('%s → %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host)
  })
})

describe('planRegistryCache with a fake probe', () => {
  const up: RegistryProbe = async () => ({ ok: true })
  const down: RegistryProbe = async () => ({ ok: false, reason: 'ECONNREFUSED' })

  it('a registry that answers: import and export through it, no warning', async () => {
    const { logger, lines } = recordingLogger()
    const plan = await planRegistryCache('r.example:5000/c:t', logger, { probe: up })
    expect(plan.cacheFrom).toEqual([{ type: 'registry', ref: 'r.example:5000/c:t' }])
    expect(plan.cacheTo).toEqual({ type: 'registry', ref: 'r.example:5000/c:t', ignoreError: true })
    expect(plan.unreachable).toBeNull()
    expect(await plan.confirm()).toEqual({ saved: true, note: 'registry cache r.example:5000/c:t' })
    expect(lines.warning).toEqual([])
  })

  it('a registry that does not answer: no cache flags, one warning', async () => {
    const { logger, lines } = recordingLogger()
    const plan = await planRegistryCache('r.example:5000/c:t', logger, { probe: down })
    expect(plan.cacheFrom).toEqual([])
    expect(plan.cacheTo).toBeNull()
    expect(plan.unreachable).toMatch(/ECONNREFUSED/)
    expect((await plan.confirm()).saved).toBe(false)
    expect(lines.warning).toHaveLength(1)
  })

  it('a registry that goes away during run 1: the export is reported unsaved, with one warning', async () => {
    const { logger, lines } = recordingLogger()
    let calls = 0
    const flaky: RegistryProbe = async () =>
      calls++ === 0 ? { ok: true } : { ok: false, reason: 'ECONNREFUSED' }
    const plan = await planRegistryCache('r.example:5000/c:t', logger, { probe: flaky })
    expect(plan.cacheTo).not.toBeNull()
    expect(await plan.confirm()).toMatchObject({ saved: false, note: expect.stringMatching(/went away/) })
    expect(lines.warning).toHaveLength(1)
  })
})

describe('the action with cache-backend: registry', () => {
  it('first run: cold, exports the cache to the registry', async () => {
    const ref = registry.ref('cache', 'main')
    const { run, report } = await gate(ref)
    expect(run.outputs['cache-hit']).toBe('miss')
    expect(report.runs[0]!.cachedSteps).toBe(0)
    expect(report.reproducible).toBe(true)
    expect(await registry.tags('cache')).toEqual(['main'])
    expect(warnings(run)).toEqual([])
  })

  it('next run on a pruned daemon: every step of run 1 comes from the registry, the hit is exact', async () => {
    const { run, report } = await gate(registry.ref('cache', 'main'))
    expect(report.runs[0]!.totalSteps).toBe(4)
    expect(report.runs[0]!.cachedSteps).toBe(4)
    expect(run.outputs['cache-hit-ratio']).toBe('1.0000')
    expect(run.outputs['cache-hit']).toBe('exact')
    expect(report.reproducible).toBe(true)
    expect(warnings(run)).toEqual([])
  })

  // Needs the action to call planRegistryCache (see docs/cache.md): with the bundled action of
  // before, BuildKit fails run 1 because the cache export cannot reach the registry.
  it('registry stopped: the gate still passes with a cold run 1 and one warning', async () => {
    await registry.stop()
    try {
      const { run, report } = await gate(registry.ref('cache', 'main'))
      expect(run.outputs['cache-hit']).toBe('miss')
      expect(report.runs[0]!.cachedSteps).toBe(0)
      expect(report.reproducible).toBe(true)
      expect(warnings(run)).toHaveLength(1)
      expect(warnings(run)[0]).toMatch(/registry cache .* unreachable/)
    } finally {
      await registry.start()
    }
  })
})

describe('the gate with planRegistryCache', () => {
  it('registry stopped: run 1 builds cold without cache flags, the verdict stands, one warning', async () => {
    await registry.stop()
    try {
      await prune()
      const { logger, lines } = recordingLogger()
      const result = await runGate(
        {
          context,
          file: null,
          target: null,
          buildArgs: [{ name: 'BASE', value: BUSYBOX }],
          platforms: [],
          epoch: '1700000000',
          varyMtime: true,
          network: 'none',
          provenance: false,
          cacheFrom: [],
          cacheTo: null,
          workDir: path.join(root, 'gate-down')
        },
        {
          engine: createDockerEngine(),
          log: { info: () => undefined, group: (_title, fn) => fn(), step: () => undefined },
          nowMs: () => Date.now(),
          sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
          prepareCache: () => planRegistryCache(registry.ref('cache', 'main'), logger)
        }
      )
      expect(result.reproducible).toBe(true)
      expect(result.runs[0]!.cachedSteps).toBe(0)
      expect(lines.warning).toHaveLength(1)
    } finally {
      await registry.start()
    }
  })

  it('the registry keeps its contents across a restart: the next run is warm again', async () => {
    await prune()
    const result = await runGate(
      {
        context,
        file: null,
        target: null,
        buildArgs: [{ name: 'BASE', value: BUSYBOX }],
        platforms: [],
        epoch: '1700000000',
        varyMtime: true,
        network: 'none',
        provenance: false,
        cacheFrom: [],
        cacheTo: null,
        workDir: path.join(root, 'gate-up')
      },
      {
        engine: createDockerEngine(),
        log: { info: () => undefined, group: (_title, fn) => fn(), step: () => undefined },
        nowMs: () => Date.now(),
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        prepareCache: () => planRegistryCache(registry.ref('cache', 'main'), recordingLogger().logger)
      }
    )
    expect(result.reproducible).toBe(true)
    expect(result.runs[0]!.cachedSteps).toBe(result.runs[0]!.totalSteps)
  })
})
