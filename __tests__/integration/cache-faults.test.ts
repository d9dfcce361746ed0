// Each fault of the cache service ends in a miss or a skipped save, one warning, no throw, no hang.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  cacheDir,
  freshCacheDir,
  restoreBuildCache,
  saveBuildCache,
  type BuildCacheOptions,
  type RestoreResult
} from '../../src/cache/build-cache.js'
import { createActionsCacheStore, type CacheStore } from '../../src/cache/store.js'
import {
  CacheServer,
  captureStdout,
  keysFor,
  recordingLogger,
  useCacheEnv,
  writeFakeCache,
  type CacheServerFaults,
  type RecordedLines
} from '../support/cache-server.js'

const server = new CacheServer()
const stdout = captureStdout()
const realSetTimeout = globalThis.setTimeout
let root: string
let restoreEnv: () => void
let store: CacheStore

beforeAll(async () => {
  await server.start()
  root = await mkdtemp(path.join(tmpdir(), 'build-lab-cache-faults-'))
  restoreEnv = useCacheEnv(server, root)
})

afterAll(async () => {
  restoreEnv()
  await server.stop()
  await rm(root, { recursive: true, force: true })
})

beforeEach(() => {
  store = createActionsCacheStore()
  stdout.start()
})

afterEach(async () => {
  // Let operations abandoned by a timeout finish against a healthy server, so none outlives the test.
  await server.clearFaults()
  await store.settled()
  jest.useRealTimers()
  expect(stdout.stop().filter(line => /^::(warning|error)/.test(line))).toEqual([])
})

/**
 * Latency faults run against a short timeout, which they must hit. Every other operation gets a
 * long one, which it must not need: a fault costs far less (the fast clock covers the retries).
 */
const SHORT_TIMEOUT_MS = 400
const LONG_TIMEOUT_MS = 30_000

function options(name: string, timeoutMs = LONG_TIMEOUT_MS): BuildCacheOptions & { lines: RecordedLines } {
  const { logger, lines } = recordingLogger()
  return {
    keys: keysFor(name),
    logger,
    lines,
    workDir: path.join(root, name),
    store,
    restoreTimeoutMs: timeoutMs,
    saveTimeoutMs: timeoutMs
  }
}

/** Timeouts for a test with this fault: fake time runs 200 times faster under the fast clock. */
function timeoutFor(fault: Partial<CacheServerFaults>, clocked: boolean): number {
  if (fault.latencyMs !== undefined) return SHORT_TIMEOUT_MS
  return clocked ? 3_600_000 : LONG_TIMEOUT_MS
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

/** A saved entry under `o.keys.primary`, made while the service is healthy. */
async function seed(o: BuildCacheOptions): Promise<void> {
  const fresh = await freshCacheDir(o.workDir)
  await writeFakeCache(fresh, o.keys.primary)
  expect((await saveBuildCache({ ...o, saveTimeoutMs: LONG_TIMEOUT_MS }, missed, fresh)).saved).toBe(true)
}

/**
 * Runs `operation` under fake timers, moving the clock 1 s per 5 ms of real time, so that the
 * retry back-offs of @actions/cache (about 30 s of them) pass in a fraction of a second.
 */
async function withFastClock<T>(operation: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'hrtime', 'performance'] })
  let done = false
  const running = operation().finally(() => {
    done = true
  })
  while (!done) {
    await new Promise(resolve => realSetTimeout(resolve, 5))
    await jest.advanceTimersByTimeAsync(1000)
  }
  return running
}

/** Fault, expected warning, whether the service counts as down, why the following save is skipped. */
type RestoreFault = [string, Partial<CacheServerFaults>, RegExp, boolean, RegExp]

const down = /the cache service failed during the restore/
const exists = /exists already/
const restoreFaults: RestoreFault[] = [
  ['twirp 500 (after 5 attempts)', { twirpStatus: 500 }, /Failed request: \(500\)/, true, down],
  ['blob 500', { blobStatus: 500 }, /responded with 500/, true, exists],
  [
    'latency beyond the timeout',
    { latencyMs: 3000, latencyOn: 'twirp' },
    /did not answer within 0.4 s/,
    true,
    down
  ],
  [
    'a connection dropped mid-body',
    { truncate: 'abort' },
    /aborted|ECONNRESET|Incomplete|premature/i,
    true,
    exists
  ],
  ['a short body', { truncate: 'short' }, /tar/, false, exists],
  ['a corrupt body', { corrupt: true }, /tar/, false, exists],
  ['a refused connection', { refuse: true }, /ECONNREFUSED/, true, down]
]

describe('restore faults', () => {
  it.each(restoreFaults)(
    '%s: a miss with one warning',
    async (name, fault, message, serviceDown, skipped) => {
      const clocked = fault.twirpStatus !== undefined
      const o = options(`restore-${name.replace(/\W+/g, '-')}`, timeoutFor(fault, clocked))
      await seed(o)
      await server.setFault(fault)

      const restore = (): Promise<RestoreResult> => restoreBuildCache(o)
      const restored = clocked ? await withFastClock(restore) : await restore()

      expect(restored).toMatchObject({ hit: 'miss', dir: null, serviceDown })
      expect(o.lines.warning).toHaveLength(1)
      expect(o.lines.warning[0]).toMatch(/^BuildKit cache not restored, building cold: /)
      expect(o.lines.warning[0]).toMatch(message)
      expect(restored.degraded).not.toBeNull()

      // The save that follows is skipped quietly: the service is down, or the entry exists.
      await server.clearFaults()
      const fresh = await freshCacheDir(o.workDir)
      await writeFakeCache(fresh, `${name}-fresh`)
      const saved = await saveBuildCache(o, restored, fresh)
      expect(saved.saved).toBe(false)
      expect(saved.reason).toMatch(skipped)
      expect(o.lines.warning).toHaveLength(1)
    }
  )

  it('still saves after a corrupt archive from a restore key', async () => {
    const o = options('restore-corrupt-partial')
    await seed({ ...o, keys: keysFor('restore-corrupt-partial', 'older lockfile') })
    await server.setFault({ corrupt: true })
    const restored = await restoreBuildCache(o)
    expect(restored).toMatchObject({ hit: 'miss', serviceDown: false })
    expect(restored.matchedKey).toBe(keysFor('restore-corrupt-partial', 'older lockfile').primary)
    await server.clearFaults()
    const fresh = await freshCacheDir(o.workDir)
    await writeFakeCache(fresh, 'restore-corrupt-partial-fresh')
    expect(await saveBuildCache(o, restored, fresh)).toMatchObject({ saved: true })
    expect(o.lines.warning).toHaveLength(1)
  })

  it('leaves no partial extraction behind after a broken archive', async () => {
    const o = options('restore-leftovers')
    await seed(o)
    await server.setFault({ truncate: 'short' })
    const restored = await restoreBuildCache(o)
    expect(restored.hit).toBe('miss')
    await expect(stat(cacheDir(o.workDir))).rejects.toThrow(/ENOENT/)
  })
})

type SaveFault = [string, Partial<CacheServerFaults>, RegExp]

const saveFaults: SaveFault[] = [
  ['twirp 500 (after 5 attempts)', { twirpStatus: 500 }, /Failed request: \(500\)/],
  ['blob 500 (after Azure SDK retries)', { blobStatus: 500 }, /500|InternalError|injected/],
  ['latency beyond the timeout', { latencyMs: 3000, latencyOn: 'blob' }, /did not finish within 0.4 s/],
  ['a refused connection', { refuse: true }, /ECONNREFUSED/]
]

describe('save faults', () => {
  it.each(saveFaults)('%s: no save, one warning', async (name, fault, message) => {
    const clocked = fault.twirpStatus !== undefined || fault.blobStatus !== undefined
    const o = options(`save-${name.replace(/\W+/g, '-')}`, timeoutFor(fault, clocked))
    const fresh = await freshCacheDir(o.workDir)
    await writeFakeCache(fresh, name)
    await server.setFault(fault)

    const save = (): ReturnType<typeof saveBuildCache> => saveBuildCache(o, missed, fresh)
    const saved = clocked ? await withFastClock(save) : await save()

    expect(saved.saved).toBe(false)
    expect(saved.sizeBytes).toBeGreaterThan(256 * 1024)
    expect(o.lines.warning).toHaveLength(1)
    expect(o.lines.warning[0]).toMatch(/^BuildKit cache not saved: /)
    expect(o.lines.warning[0]).toMatch(message)
  })
})
