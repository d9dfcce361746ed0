// The keyed registry cache against a real docker-registry on 127.0.0.1, with the daemon pruned before each run (a fresh runner).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { computeCacheKeys } from '../../src/core/cache/key.js'
import { planRegistryCache } from '../../src/cache/registry-cache.js'
import { cacheRepository, registryHost } from '../../src/cache/registry-probe.js'
import { runAction } from '../support/action-runner.js'
import { recordingLogger } from '../support/cache-server.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { freePort, Registry } from '../support/registry.js'
import { DOCKERFILE, prune, registryGate, warnings } from '../support/registry-gate.js'

const registry = new Registry()
let context: string
let root: string
const REPO = 'cache'
const runner = (name: string): string => path.join(root, `runner-${name}-${Date.now()}`)
const keys = computeCacheKeys({
  os: 'linux',
  arch: 'x64',
  dockerfile: 'FROM x',
  dockerignore: null,
  lockfiles: [],
  buildArgs: {},
  sources: 's'
})

beforeAll(async () => {
  requireEngine()
  await registry.start()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-registry-cache-'))
  context = await makeContext(
    { Dockerfile: DOCKERFILE, 'package-lock.json': 'dependency-lock v1\n', 'src/main.txt': 'main v1\n' },
    { nonce: true }
  )
})

afterAll(async () => {
  await registry.destroy()
  await fs.rm(root, { recursive: true, force: true })
})

describe('registryHost and parseRepositoryRef', () => {
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

  it.each([
    ['127.0.0.1:5000/cache:buildcache', '127.0.0.1:5000/cache'],
    ['ghcr.io/owner/app-cache', 'ghcr.io/owner/app-cache'],
    ['owner/app:cache', 'docker.io/owner/app']
  ])('the cache repository of %s is %s: a tag on cache-ref is dropped', (ref, repository) => {
    expect(cacheRepository(ref)).toBe(repository)
  })
})

describe('planRegistryCache against real HTTP', () => {
  it('nothing listens: no cache flags, one warning', async () => {
    const { logger, lines } = recordingLogger()
    const plan = await planRegistryCache(
      { ref: `127.0.0.1:${await freePort()}/c`, keys, scopes: { write: 'main', read: ['main'] } },
      logger
    )
    expect(plan.cacheFrom).toEqual([])
    expect(plan.cacheTo).toEqual([])
    expect(plan.unreachable).toMatch(/ECONNREFUSED/)
    expect((await plan.confirm()).saved).toBe(false)
    expect(lines.warning).toHaveLength(1)
  })

  it('a registry that will not say which tags exist (401, no challenge): reads every candidate, writes none, one warning', async () => {
    const server: Server = createServer((req, res) => {
      res.writeHead(req.url === '/v2/' ? 200 : 401)
      res.end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
      const { logger, lines } = recordingLogger()
      const plan = await planRegistryCache(
        { ref: `${host}/c`, keys, scopes: { write: 'pr', read: ['pr', 'main'] } },
        logger
      )
      expect(plan.cacheTo).toEqual([])
      expect(plan.cacheFrom).toHaveLength(6)
      expect(lines.warning).toEqual([
        expect.stringMatching(/cannot tell which tags of .* exist \(registry .* refused anonymous access/)
      ])
    } finally {
      server.close()
    }
  })
})

describe('the action with the keyed registry cache', () => {
  let first: string[] = []

  it('main, first run: a miss; the three key levels are written as tags of scope main', async () => {
    await prune()
    const { run, report } = await registryGate(
      context,
      `${registry.host}/${REPO}`,
      { push: 'main' },
      runner('main1')
    )
    expect(run.outputs['cache-hit']).toBe('miss')
    expect(run.outputs['cache-matched-level']).toBe('')
    expect(report.runs[0]!.cachedSteps).toBe(0)
    expect(report.reproducible).toBe(true)
    expect(report.cache.scope).toBe('main')
    expect(report.cache.written).toHaveLength(3)
    expect(report.cache.written[0]).toBe(`main-${report.cache.key}`)
    expect((await registry.tags(REPO)).sort()).toEqual([...report.cache.written].sort())
    expect(warnings(run)).toEqual([])
    first = report.cache.written
  })

  it('main again on a pruned daemon: the exact tag, every step cached, nothing written, no tag changed', async () => {
    const before = await registry.digests(REPO)
    await prune()
    const { run, report } = await registryGate(
      context,
      `${registry.host}/${REPO}`,
      { push: 'main' },
      runner('main2')
    )
    expect(run.outputs['cache-hit']).toBe('exact')
    expect(run.outputs['cache-matched-level']).toBe('sources')
    expect(run.outputs['cache-matched-scope']).toBe('main')
    expect(report.runs[0]!.totalSteps).toBe(5)
    expect(report.runs[0]!.cachedSteps).toBe(5)
    expect(report.cache.written).toEqual([])
    expect(report.cache.note).toBe('the exact key exists in scope main')
    expect(run.stdout).toContain('Registry cache not exported: the exact key exists in scope main.')
    expect(await registry.digests(REPO)).toEqual(before)
    expect(run.summary).toContain('sources level, scope main')
    expect(warnings(run)).toEqual([])
  })

  it("a PR with a source edit: the lockfile level of main's scope; writes only its exact tag, in its own scope", async () => {
    const edited = await makeContext({
      Dockerfile: DOCKERFILE,
      'package-lock.json': 'dependency-lock v1\n',
      'src/main.txt': 'main v2\n',
      '.nonce': await fs.readFile(path.join(context, '.nonce'), 'utf8')
    })
    const before = await registry.digests(REPO)
    await prune()
    const { run, report } = await registryGate(
      edited,
      `${registry.host}/${REPO}`,
      { head: 'feature/x', base: 'main' },
      runner('pr')
    )
    expect(run.outputs['cache-hit']).toBe('partial')
    expect(report.cache.matchedLevel).toBe('lockfiles')
    expect(report.cache.matchedScope).toBe('main')
    expect(report.cache.scope).toMatch(/^feature-x-[0-9a-f]{8}$/)
    expect(report.cache.readScopes).toEqual([report.cache.scope, 'main'])
    expect(report.cache.written).toEqual([`${report.cache.scope}-${report.cache.key}`])
    // The steps before the edited COPY come from main's lockfile-level tag.
    expect(report.runs[0]!.cachedSteps).toBe(2)
    const after = await registry.digests(REPO)
    for (const [tag, digest] of before) expect(after.get(tag)).toBe(digest)
    expect([...after.keys()].filter(t => t.startsWith('main-')).sort()).toEqual([...first].sort())
    expect(warnings(run)).toEqual([])
  })

  it('registry stopped: the gate still passes with a cold run 1 and one warning', async () => {
    await registry.stop()
    try {
      await prune()
      const { run, report } = await registryGate(
        context,
        `${registry.host}/${REPO}`,
        { push: 'main' },
        runner('down')
      )
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

describe('images as cache sources (cache-from-images)', () => {
  let inline: string
  let plain: string
  let imageContext: string

  beforeAll(async () => {
    imageContext = await makeContext(
      { Dockerfile: DOCKERFILE, 'package-lock.json': 'image-lock\n', 'src/main.txt': 'image v1\n' },
      { nonce: true }
    )
    inline = registry.ref('app', 'builder')
    plain = registry.ref('app', 'plain')
    // The same build as the gate's run 1 (args, epoch, network), published once with inline cache metadata and once without.
    for (const [ref, extra] of [
      [inline, ['--cache-to', 'type=inline']],
      [plain, []]
    ] as const) {
      const r = await execArgs('docker', [
        'buildx',
        'build',
        '--network=none',
        '--provenance=false',
        '--build-arg',
        `BASE=${BUSYBOX}`,
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        ...extra,
        '--output',
        `type=image,name=${ref},push=true`,
        imageContext
      ])
      expect(r.code).toBe(0)
    }
  })

  it('an image with inline cache serves run 1 on a pruned daemon; one without is left out with one warning', async () => {
    await prune()
    const run = await runAction(
      {
        context: imageContext,
        'build-args': `BASE=${BUSYBOX}`,
        network: 'none',
        epoch: '1700000000',
        'cache-from-images': `${inline}\n${plain}`
      },
      {},
      runner('images')
    )
    expect(run.code).toBe(0)
    const report = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8')) as {
      reproducible: boolean
      runs: { cachedSteps: number; totalSteps: number }[]
      cache: { imageSources: { ref: string; used: boolean }[] }
    }
    expect(report.cache.imageSources).toEqual([
      { ref: inline, used: true, note: 'inline cache' },
      expect.objectContaining({ ref: plain, used: false })
    ])
    expect(report.runs[0]!.cachedSteps).toBe(report.runs[0]!.totalSteps)
    expect(report.reproducible).toBe(true)
    expect(warnings(run)).toEqual([
      expect.stringMatching(
        new RegExp(`cache-from image ${plain.replace(/[.]/g, '\\.')} carries no inline cache metadata`)
      )
    ])
  })
})
