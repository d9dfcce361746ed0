// RUN --mount=type=cache contents carried across a pruned daemon (a fresh runner) through the loopback Actions cache.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import {
  type CacheMountsOptions,
  type MountsRestoreResult,
  type MountsSaveResult,
  mountsDir,
  restoreCacheMounts,
  saveCacheMounts
} from '../../src/cache/cache-mounts.js'
import { createActionsCacheStore } from '../../src/cache/store.js'
import { runGate } from '../../src/gate/run-gate.js'
import { CacheServer, captureStdout, recordingLogger, useCacheEnv } from '../support/cache-server.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'

const server = new CacheServer()
let root: string
let restoreEnv: () => void
const stdout = captureStdout()

// Writes a payload into two caches (one owned by uid 1000) when MODE=write; always lists what it sees.
const DOCKERFILE = [
  'ARG BASE',
  'FROM ${BASE}',
  'ARG MODE',
  'ARG PAYLOAD',
  'RUN --mount=type=cache,target=/var/cache/thing \\',
  '    --mount=type=cache,id=owned,target=/o,uid=1000,gid=1000 \\',
  '    --mount=type=cache,target=/never-written \\',
  '    if [ "$MODE" = write ]; then echo "$PAYLOAD" > /var/cache/thing/payload && mkdir -p /var/cache/thing/a/b && \\',
  '      ln -s ../payload /var/cache/thing/a/link && echo x > /o/f && chown 1234:55 /o/f && chmod 600 /o/f; fi && \\',
  '    { cat /var/cache/thing/payload; readlink /var/cache/thing/a/link; stat -c "%u:%g %a" /o/f /o; } > /seen 2>&1; true',
  'FROM scratch',
  'COPY --from=0 /seen /',
  ''
].join('\n')

async function prune(): Promise<void> {
  const r = await execArgs('docker', ['buildx', 'prune', '-af'])
  expect(r.code).toBe(0)
}

/** Builds the context's Dockerfile and returns what its RUN saw in the cache mounts. */
async function build(context: string, mode: 'write' | 'read', payload = ''): Promise<string> {
  const out = await fs.mkdtemp(path.join(root, 'seen-'))
  const r = await execArgs('docker', [
    'buildx',
    'build',
    '--progress=plain',
    '--network=none',
    '--build-arg',
    `BASE=${BUSYBOX}`,
    '--build-arg',
    `MODE=${mode}`,
    '--build-arg',
    `PAYLOAD=${payload}`,
    '--output',
    `type=local,dest=${out}`,
    context
  ])
  expect(r.stderr).not.toMatch(/^ERROR/m)
  expect(r.code).toBe(0)
  return fs.readFile(path.join(out, 'seen'), 'utf8')
}

function options(context: string, workDir: string, extra: Partial<CacheMountsOptions> = {}) {
  const { logger, lines } = recordingLogger()
  const settings: CacheMountsOptions = {
    context,
    dockerfile: path.join(context, 'Dockerfile'),
    buildArgs: [{ name: 'BASE', value: BUSYBOX }],
    target: null,
    platforms: [],
    prefix: path.basename(context),
    helperImage: BUSYBOX,
    workDir,
    engine: createDockerEngine(),
    logger,
    store: createActionsCacheStore(),
    ...extra
  }
  return { settings, lines }
}

beforeAll(async () => {
  requireEngine()
  await server.start()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-mounts-'))
  restoreEnv = useCacheEnv(server, root)
})

beforeEach(() => stdout.start())
afterEach(() => {
  // @actions/cache's own warnings never reach the log: the logger's are the only ones.
  expect(stdout.stop().filter(line => /^::(warning|error)/.test(line))).toEqual([])
})

afterAll(async () => {
  restoreEnv()
  await server.stop()
  await fs.rm(root, { recursive: true, force: true })
})

describe('cache mounts through the Actions cache', () => {
  let context: string
  const payload = randomBytes(8).toString('hex')
  const workDir = () => path.join(root, 'runner-temp', 'build-lab-cache')

  beforeAll(async () => {
    context = await makeContext({ Dockerfile: DOCKERFILE, 'package-lock.json': '{"v":1}\n' }, { nonce: true })
  })

  it('saves what run 1 left in its cache mounts, after a miss', async () => {
    await prune()
    const { settings, lines } = options(context, workDir())
    const restored = await restoreCacheMounts(settings)
    expect(restored).toMatchObject({ hit: 'miss', injected: 0, degraded: null })
    expect(restored.mounts.map(m => m.id)).toEqual(['/var/cache/thing', 'owned', '/never-written'])

    expect(await build(context, 'write', payload)).toContain(payload)
    const saved = await saveCacheMounts(settings, restored)
    expect(saved).toMatchObject({ saved: true, reason: 'saved', mounts: 2 })
    expect(lines.warning).toEqual([])
    const manifest = JSON.parse(
      await fs.readFile(path.join(mountsDir(workDir()), 'mounts.json'), 'utf8')
    ) as {
      mounts: { id: string }[]
    }
    // The cache nothing wrote is not saved.
    expect(manifest.mounts.map(m => m.id)).toEqual(['/var/cache/thing', 'owned'])
    expect(server.entries.filter(e => e.finalized).map(e => e.key)).toEqual([restored.key])
    expect(restored.key).toMatch(/-mounts$/)
  })

  it('a pruned daemon has empty cache mounts (the control)', async () => {
    await prune()
    const seen = await build(context, 'read')
    expect(seen).not.toContain(payload)
    await prune()
  })

  it('restores them into a pruned daemon: files, links, owners and modes as run 1 left them', async () => {
    const { settings, lines } = options(context, workDir())
    const restored = await restoreCacheMounts(settings)
    expect(restored).toMatchObject({ hit: 'exact', injected: 2, degraded: null })
    expect(lines.warning).toEqual([])

    const seen = await build(context, 'read')
    expect(seen.split('\n')).toEqual([payload, '../payload', '1234:55 600', '1000:1000 755', ''])

    // An exact hit saves nothing new.
    const saved = await saveCacheMounts(settings, restored)
    expect(saved).toMatchObject({ saved: false, reason: expect.stringMatching(/exact hit/) })
    expect(server.entries.filter(e => e.finalized)).toHaveLength(1)
  })

  it('after a lockfile change, restores the older entry (partial) and saves a new one', async () => {
    await prune()
    await fs.writeFile(path.join(context, 'package-lock.json'), '{"v":2}\n')
    const { settings, lines } = options(context, workDir())
    const restored = await restoreCacheMounts(settings)
    expect(restored).toMatchObject({ hit: 'partial', injected: 2 })
    expect(await build(context, 'read')).toContain(payload)
    const saved = await saveCacheMounts(settings, restored)
    expect(saved).toMatchObject({ saved: true, mounts: 2 })
    expect(lines.warning).toEqual([])
    expect(server.entries.filter(e => e.finalized)).toHaveLength(2)
  })

  it('a helper image that cannot be had: one warning, empty mounts, nothing thrown', async () => {
    await prune()
    const { settings, lines } = options(context, workDir(), { helperImage: '127.0.0.1:1/no-such/helper:1' })
    const restored = await restoreCacheMounts(settings)
    expect(restored.injected).toBe(0)
    expect(restored.degraded).toMatch(/helper build/)
    expect(lines.warning).toHaveLength(1)
    expect(lines.warning[0]).toMatch(/^Cache mounts not restored/)
    expect(await build(context, 'read')).not.toContain(payload)
  })
})

describe('the gate between restore and save', () => {
  it('run 1 sees the restored caches and the verdict is unchanged', async () => {
    // Run 1 copies the seed into a file of its own; the dump after run 1 shows it saw the seed.
    const context = await makeContext(
      {
        Dockerfile:
          'ARG BASE\nFROM ${BASE}\nRUN --mount=type=cache,id=gate-seed,target=/c ' +
          'if [ -f /c/seed ]; then cp /c/seed /c/seen-by-run1; fi; echo built > /out\n'
      },
      { nonce: true }
    )
    const workDir = path.join(root, 'gate-runner', 'build-lab-cache')
    const seed = randomBytes(8).toString('hex')
    await prune()
    // A first runner: a build that leaves the seed in the cache, saved.
    const first = options(context, workDir)
    const missed = await restoreCacheMounts(first.settings)
    const seeder = await makeContext({
      Dockerfile: `FROM ${BUSYBOX}\nRUN --mount=type=cache,id=gate-seed,target=/c echo ${seed} > /c/seed\n`
    })
    const r = await execArgs('docker', [
      'buildx',
      'build',
      '--network=none',
      '--output',
      'type=cacheonly',
      seeder
    ])
    expect(r.code).toBe(0)
    expect((await saveCacheMounts(first.settings, missed)).saved).toBe(true)

    // The next runner: fresh daemon, restore, the gate, save under a new key (the Dockerfile is the same, the lockfile new).
    await prune()
    await fs.writeFile(path.join(context, 'package-lock.json'), '{}\n')
    const next = options(context, workDir)
    let restored: MountsRestoreResult | null = null
    let saved: MountsSaveResult | null = null
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
        cacheTo: [],
        workDir: path.join(root, 'gate-work')
      },
      {
        engine: createDockerEngine(),
        log: { info: () => undefined, group: (_title, fn) => fn(), step: () => undefined },
        nowMs: () => Date.now(),
        prepareCache: async () => {
          restored = await restoreCacheMounts(next.settings)
          return { cacheFrom: [], cacheTo: [] }
        },
        // The dump must come between run 1 and run 2: run 2's --no-cache leaves the cache mounts
        // holding only what run 2 wrote.
        afterRun1: async () => {
          if (restored !== null) saved = await saveCacheMounts(next.settings, restored)
        },
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
      }
    )
    expect(result.reproducible).toBe(true)
    expect(restored).toMatchObject({ hit: 'partial', injected: 1 })
    expect(saved).toMatchObject({ saved: true, mounts: 1 })
    const listing = await execArgs('tar', ['-tf', path.join(mountsDir(workDir), '0.tar')])
    expect(listing.stdout.split('\n')).toEqual(expect.arrayContaining(['./seed', './seen-by-run1']))
    expect(next.lines.warning).toEqual([])
  })
})
