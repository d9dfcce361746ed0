// Real @actions/cache against the loopback v2 service: hits, misses, skipped saves, key collisions.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { computeCacheKeys } from '../../src/core/cache/key.js'
import {
  cacheDir,
  freshCacheDir,
  restoreBuildCache,
  saveBuildCache,
  type BuildCacheOptions,
  type RestoreResult
} from '../../src/cache/build-cache.js'
import { collectKeyInputs } from '../../src/cache/key-inputs.js'
import { createActionsCacheStore } from '../../src/cache/store.js'
import {
  CacheServer,
  captureStdout,
  keysFor,
  recordingLogger,
  useCacheEnv,
  writeFakeCache
} from '../support/cache-server.js'

const server = new CacheServer()
let root: string
let restoreEnv: () => void
const stdout = captureStdout()

beforeAll(async () => {
  await server.start()
  root = await mkdtemp(path.join(tmpdir(), 'build-lab-cache-'))
  restoreEnv = useCacheEnv(server, root)
})

afterAll(async () => {
  restoreEnv()
  await server.stop()
  await rm(root, { recursive: true, force: true })
})

beforeEach(() => stdout.start())
afterEach(() => {
  // @actions/cache's own warnings never reach the log: ours is the only one.
  expect(stdout.stop().filter(line => /^::(warning|error)/.test(line))).toEqual([])
})

function options(
  name: string,
  keys = keysFor(name)
): BuildCacheOptions & { lines: ReturnType<typeof recordingLogger>['lines'] } {
  const { logger, lines } = recordingLogger()
  return { keys, logger, lines, workDir: path.join(root, name), store: createActionsCacheStore() }
}

const missed: RestoreResult = {
  hit: 'miss',
  matchedKey: null,
  dir: null,
  restoreMs: 0,
  sizeBytes: 0,
  degraded: null,
  serviceDown: false
}

async function saveFake(o: BuildCacheOptions, seed: string): Promise<void> {
  const fresh = await freshCacheDir(o.workDir)
  await writeFakeCache(fresh, seed)
  const saved = await saveBuildCache(o, missed, fresh)
  expect(saved).toMatchObject({ saved: true, reason: 'saved' })
}

describe('restore and save through @actions/cache', () => {
  it('saves a cache and restores it exactly, then skips saving it again', async () => {
    const o = options('roundtrip')
    const source = path.join(root, 'roundtrip-source')
    await writeFakeCache(source, 'roundtrip')
    const fresh = await freshCacheDir(o.workDir)
    await cp(source, fresh, { recursive: true })

    const saved = await saveBuildCache(o, missed, fresh)
    expect(saved.saved).toBe(true)
    expect(saved.sizeBytes).toBeGreaterThan(256 * 1024)
    expect(server.calls('CreateCacheEntry')).toHaveLength(1)
    expect(server.entries[0]?.data.length).toBeGreaterThan(0)

    const restored = await restoreBuildCache(o)
    expect(restored).toMatchObject({ hit: 'exact', matchedKey: o.keys.primary, dir: cacheDir(o.workDir) })
    expect(restored.degraded).toBeNull()
    expect(restored.sizeBytes).toBe(saved.sizeBytes)
    for (const file of ['index.json', 'oci-layout']) {
      expect(await readFile(path.join(restored.dir!, file), 'utf8')).toBe(
        await readFile(path.join(source, file), 'utf8')
      )
    }

    const again = await saveBuildCache(o, restored, await freshCacheDir(o.workDir))
    expect(again).toMatchObject({ saved: false })
    expect(again.reason).toMatch(/exact hit/)
    expect(server.calls('CreateCacheEntry')).toHaveLength(1)
    expect(o.lines.warning).toEqual([])
  })

  it('falls back to the newest cache of the same Dockerfile when a lockfile changed', async () => {
    const before = options('partial', keysFor('partial', 'lock-a'))
    await saveFake(before, 'partial-old')
    await saveFake(options('partial', keysFor('partial', 'lock-b')), 'partial-new')
    const after = options('partial', keysFor('partial', 'lock-c'))
    expect(after.keys.restoreKeys[0]).toBe(before.keys.restoreKeys[0])

    const restored = await restoreBuildCache(after)
    expect(restored.hit).toBe('partial')
    expect(restored.matchedKey).toBe(keysFor('partial', 'lock-b').primary)
    const lookup = server.calls('GetCacheEntryDownloadURL').at(-1)
    expect(lookup?.body).toMatchObject({ key: after.keys.primary, restore_keys: after.keys.restoreKeys })

    // Run 1 changed nothing: the fresh cache has the same index.json.
    const unchanged = await freshCacheDir(after.workDir)
    await cp(restored.dir!, unchanged, { recursive: true })
    const skipped = await saveBuildCache(after, restored, unchanged)
    expect(skipped).toMatchObject({ saved: false, reason: 'the cache did not change' })

    // Run 1 added layers: the fresh cache is saved under the new primary key.
    const changed = await freshCacheDir(after.workDir)
    await writeFakeCache(changed, 'partial-changed')
    const saved = await saveBuildCache(after, restored, changed)
    expect(saved.saved).toBe(true)
    expect(server.entries.at(-1)?.key).toBe(after.keys.primary)
    expect(after.lines.warning).toEqual([])
  })

  it('reports a miss quietly when nothing matches', async () => {
    const o = options('nothing-here')
    const restored = await restoreBuildCache(o)
    expect(restored).toMatchObject({ hit: 'miss', dir: null, degraded: null, serviceDown: false })
    expect(o.lines.warning).toEqual([])
    expect(o.lines.info.join('\n')).toMatch(/No BuildKit cache/)
  })

  it('warns once when another job saved the same key first', async () => {
    const o = options('collision')
    await saveFake(o, 'collision-1')
    const fresh = await freshCacheDir(o.workDir)
    await writeFakeCache(fresh, 'collision-2')
    const second = await saveBuildCache(o, missed, fresh)
    expect(second.saved).toBe(false)
    expect(o.lines.warning).toHaveLength(1)
    expect(o.lines.warning[0]).toMatch(/another job saved .* first/)
  })

  it('rejects a restored cache whose index.json is garbled', async () => {
    const o = options('garbled')
    const fresh = await freshCacheDir(o.workDir)
    await writeFakeCache(fresh, 'garbled')
    await writeFile(path.join(fresh, 'index.json'), '{"schemaVersion":2,"manif')
    // Saved as is: the service does not look inside archives.
    await rm(cacheDir(o.workDir), { recursive: true, force: true })
    await cp(fresh, cacheDir(o.workDir), { recursive: true })
    const store = createActionsCacheStore()
    expect(await store.save([cacheDir(o.workDir)], o.keys.primary)).toEqual({ outcome: 'saved' })

    const restored = await restoreBuildCache(o)
    expect(restored).toMatchObject({ hit: 'miss', dir: null, matchedKey: o.keys.primary })
    expect(o.lines.warning).toHaveLength(1)
    expect(o.lines.warning[0]).toMatch(/damaged \(index.json is not valid JSON\)/)
    await expect(readFile(path.join(cacheDir(o.workDir), 'oci-layout'))).rejects.toThrow()

    const save = await saveBuildCache(o, restored, await freshCacheDir(o.workDir))
    expect(save.saved).toBe(false)
    expect(o.lines.warning).toHaveLength(1)
  })

  it('rejects a restored cache with a missing layer blob', async () => {
    const o = options('missing-blob')
    const fresh = await freshCacheDir(o.workDir)
    const layer = await writeFakeCache(fresh, 'missing-blob')
    await rm(path.join(fresh, 'blobs', 'sha256', layer))
    await rm(cacheDir(o.workDir), { recursive: true, force: true })
    await cp(fresh, cacheDir(o.workDir), { recursive: true })
    expect(await createActionsCacheStore().save([cacheDir(o.workDir)], o.keys.primary)).toEqual({
      outcome: 'saved'
    })

    const restored = await restoreBuildCache(o)
    expect(restored.hit).toBe('miss')
    expect(o.lines.warning).toEqual([expect.stringMatching(`blob sha256:${layer} is missing`)])
  })
})

describe('the loopback service', () => {
  it('commits staged blocks in block-list order and serves byte ranges', async () => {
    const twirp = `${server.url}twirp/github.actions.results.api.v1.CacheService/`
    const post = async (method: string, body: object): Promise<Record<string, unknown>> => {
      const response = await fetch(twirp + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      })
      return (await response.json()) as Record<string, unknown>
    }
    const created = await post('CreateCacheEntry', { key: 'blocks-k', version: 'v' })
    const upload = String(created['signed_upload_url'])
    for (const [id, text] of [
      ['YjI=', 'world'],
      ['YjE=', 'hello ']
    ]) {
      const put = await fetch(`${upload}&comp=block&blockid=${encodeURIComponent(id!)}`, {
        method: 'PUT',
        body: text
      })
      expect(put.status).toBe(201)
    }
    const list = '<?xml version="1.0"?><BlockList><Latest>YjE=</Latest><Latest>YjI=</Latest></BlockList>'
    expect((await fetch(`${upload}&comp=blocklist`, { method: 'PUT', body: list })).status).toBe(201)
    expect(
      await post('FinalizeCacheEntryUpload', { key: 'blocks-k', version: 'v', size_bytes: '11' })
    ).toMatchObject({
      ok: true
    })
    expect(await post('GetCacheEntryDownloadURL', { key: 'other', version: 'v' })).toMatchObject({
      ok: false
    })
    expect(
      await post('GetCacheEntryDownloadURL', { key: 'x', restore_keys: ['blocks'], version: 'w' })
    ).toMatchObject({
      ok: false
    })
    const found = await post('GetCacheEntryDownloadURL', { key: 'x', restore_keys: ['blocks'], version: 'v' })
    expect(found).toMatchObject({ ok: true, matched_key: 'blocks-k' })
    const url = String(found['signed_download_url'])
    expect(await (await fetch(url)).text()).toBe('hello world')
    const range = await fetch(url, { headers: { Range: 'bytes=6-' } })
    expect(range.status).toBe(206)
    expect(await range.text()).toBe('world')
  })
})

describe('cache modes and environments', () => {
  it('stays quiet without a cache service (the CLI on a laptop)', async () => {
    const saved = process.env['ACTIONS_RESULTS_URL']
    delete process.env['ACTIONS_RESULTS_URL']
    const requests = server.requests.length
    try {
      const o = options('laptop')
      const restored = await restoreBuildCache(o)
      expect(restored).toMatchObject({ hit: 'miss', dir: null, degraded: null })
      const fresh = await freshCacheDir(o.workDir)
      await writeFakeCache(fresh, 'laptop')
      expect((await saveBuildCache(o, restored, fresh)).saved).toBe(false)
      expect(o.lines.warning).toEqual([])
      expect(o.lines.info[0]).toMatch(/No Actions cache service/)
      expect(server.requests.length).toBe(requests)
    } finally {
      process.env['ACTIONS_RESULTS_URL'] = saved
    }
  })

  it.each([
    ['none', false, false],
    ['read', true, false],
    ['write-only', false, true],
    ['write', true, true]
  ])('ACTIONS_CACHE_MODE=%s: restore %p, save %p', async (mode, reads, writes) => {
    const writer = options(`mode-${mode}`)
    await saveFake({ ...writer, keys: keysFor(`mode-${mode}`, 'old') }, `mode-${mode}`)
    const previous = process.env['ACTIONS_CACHE_MODE']
    process.env['ACTIONS_CACHE_MODE'] = mode
    try {
      const o = options(`mode-${mode}`)
      const lookups = server.calls('GetCacheEntryDownloadURL').length
      const restored = await restoreBuildCache(o)
      expect(restored.hit).toBe(reads ? 'partial' : 'miss')
      expect(server.calls('GetCacheEntryDownloadURL').length - lookups).toBe(reads ? 1 : 0)
      const fresh = await freshCacheDir(o.workDir)
      await writeFakeCache(fresh, `mode-${mode}-new`)
      const saved = await saveBuildCache(o, restored, fresh)
      expect(saved.saved).toBe(writes)
      expect(o.lines.warning).toEqual([])
    } finally {
      if (previous === undefined) delete process.env['ACTIONS_CACHE_MODE']
      else process.env['ACTIONS_CACHE_MODE'] = previous
    }
  })
})

describe('collectKeyInputs', () => {
  it('finds lockfiles within the depth limit, outside node_modules and .git', async () => {
    const context = path.join(root, 'context')
    const files: Record<string, string> = {
      Dockerfile: 'FROM scratch\n',
      'Dockerfile.dockerignore': 'specific\n',
      '.dockerignore': 'generic\n',
      'package-lock.json': '{}',
      'api/requirements-dev.txt': 'pytest\n',
      'svc/go/go.sum': 'x',
      'a/b/c/d/e/Cargo.lock': 'too deep',
      'node_modules/dep/package-lock.json': 'skipped',
      '.git/yarn.lock': 'skipped',
      'notes.txt': 'not a lockfile'
    }
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(context, file)), { recursive: true })
      await writeFile(path.join(context, file), content)
    }
    const found = await collectKeyInputs(context, path.join(context, 'Dockerfile'))
    expect(found.dockerfile).toBe('FROM scratch\n')
    expect(found.dockerignore).toBe('specific\n')
    expect(found.lockfiles.map(f => f.path)).toEqual([
      'api/requirements-dev.txt',
      'package-lock.json',
      'svc/go/go.sum'
    ])
    expect(computeCacheKeys({ os: 'linux', arch: 'x64', buildArgs: {}, ...found }).primary).toMatch(
      /^build-lab-v1-linux-x64-/
    )
    await rm(path.join(context, 'Dockerfile.dockerignore'))
    expect(
      (await collectKeyInputs(context, path.join(context, 'Dockerfile'), { maxDepth: 5 })).dockerignore
    ).toBe('generic\n')
  })
})
