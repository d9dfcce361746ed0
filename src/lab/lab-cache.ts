// The lab's build cache: a local directory swapped after each export, or a registry ref; checks and fault injection.
import { promises as fs } from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import type { CacheRef } from '../buildkit/args.js'
import { errorMessage } from '../core/errors.js'
import type { CacheMode } from '../core/lab/scenario.js'
import { pathExists } from '../context/context-files.js'

export type Injection = 'cache-unavailable'

/** One cache backend for the whole run. After a failure it stays unavailable, and the run goes on without it. */
export interface LabCache {
  mode: Exclude<CacheMode, 'none'>
  /** why the backend cannot be used; null while it can */
  unavailable: string | null
  /** a note for the records when a fault was injected */
  injected: string | null
  /** whether this run has primed it yet */
  primed: boolean
  /**
   * refs for one build: import from the current cache, export to a fresh place; with `importOnly`, no
   * export (the current cache stays as it is)
   */
  refs(nonce: number, options?: { importOnly?: boolean }): Promise<{ from: CacheRef[]; to: CacheRef[] }>
  /** after a successful build: the fresh export becomes the current cache */
  commit(): Promise<void>
  /** after a failed build: drop the half-written export */
  discard(): Promise<void>
}

/** Whether the directory can be created and written. */
export async function checkLocalDir(dir: string): Promise<string | null> {
  try {
    await fs.mkdir(dir, { recursive: true })
    const probe = path.join(dir, `.probe-${process.pid}`)
    await fs.writeFile(probe, '')
    await fs.rm(probe)
    return null
  } catch (error) {
    return `the local cache directory ${dir} is not writable (${errorMessage(error)})`
  }
}

/** host and port of a registry reference ("127.0.0.1:5000/cache:lab" → 127.0.0.1, 5000; no port → 443). */
export function registryAddress(ref: string): { host: string; port: number } {
  const hostPart = ref.split('/')[0]
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPart)
  return { host: (m?.[1] ?? hostPart).replace(/^\[|\]$/g, ''), port: m?.[2] ? Number(m[2]) : 443 }
}

/** Whether something accepts TCP connections at the registry's address. */
export function checkRegistry(ref: string, timeoutMs = 3000): Promise<string | null> {
  const { host, port } = registryAddress(ref)
  return new Promise(resolve => {
    const socket = net.connect({ host, port })
    const done = (problem: string | null) => {
      socket.destroy()
      resolve(problem)
    }
    socket.setTimeout(timeoutMs, () =>
      done(`the cache registry ${host}:${port} did not answer in ${timeoutMs} ms`)
    )
    socket.once('connect', () => done(null))
    socket.once('error', error =>
      done(`the cache registry ${host}:${port} is unreachable (${errorMessage(error)})`)
    )
  })
}

/** A local port with nothing listening on it, for injecting an unreachable registry. */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 1
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

/**
 * The local lab cache in `root`: builds import `root/current` and export to a fresh `root/next-<nonce>`,
 * which replaces `current` when the build succeeds, so the cache never grows with stale blobs.
 */
export function localCache(root: string, injected: string | null = null): LabCache {
  const current = path.join(root, 'current')
  let next: string | null = null
  return {
    mode: 'local',
    unavailable: null,
    injected,
    primed: false,
    async refs(nonce, options = {}) {
      const from: CacheRef[] = (await pathExists(path.join(current, 'index.json')))
        ? [{ type: 'local', dir: current }]
        : []
      next = options.importOnly && from.length > 0 ? null : path.join(root, `next-${nonce}`)
      return { from, to: next === null ? [] : [{ type: 'local', dir: next }] }
    },
    async commit() {
      if (next === null || !(await pathExists(next))) return
      await fs.rm(current, { recursive: true, force: true })
      await fs.rename(next, current)
      next = null
    },
    async discard() {
      if (next !== null) await fs.rm(next, { recursive: true, force: true }).catch(() => undefined)
      next = null
    }
  }
}

export function registryCache(ref: string, injected: string | null = null): LabCache {
  return {
    mode: 'registry',
    unavailable: null,
    injected,
    primed: false,
    async refs() {
      return { from: [{ type: 'registry', ref }], to: [{ type: 'registry', ref }] }
    },
    async commit() {},
    async discard() {}
  }
}

/**
 * The backend for a cache mode. With `inject`, it points at a place that cannot work (a path below a regular
 * file, a closed port) and skips the up-front check, so the build itself fails and the degraded path runs.
 */
export async function openLabCache(
  mode: Exclude<CacheMode, 'none'>,
  settings: { dir: string; ref: string | null; workDir: string; inject: Injection | null }
): Promise<LabCache> {
  if (settings.inject === 'cache-unavailable') {
    if (mode === 'local') {
      const blocker = path.join(settings.workDir, 'injected-not-a-directory')
      await fs.writeFile(blocker, 'build-lab --inject cache-unavailable\n')
      const dir = path.join(blocker, 'cache')
      return localCache(dir, `injected: cache-unavailable (local cache at ${dir}, below a regular file)`)
    }
    const ref = `127.0.0.1:${await closedPort()}/build-lab-injected:cache`
    return registryCache(ref, `injected: cache-unavailable (registry cache at ${ref}, a closed port)`)
  }
  if (mode === 'local') {
    const cache = localCache(settings.dir)
    cache.unavailable = await checkLocalDir(settings.dir)
    return cache
  }
  if (settings.ref === null) {
    const cache = registryCache('')
    cache.unavailable =
      'cache_mode registry needs a cache reference: pass --cache-ref host:port/name:tag or set cache_ref in build-lab.yml'
    return cache
  }
  const cache = registryCache(settings.ref)
  cache.unavailable = await checkRegistry(settings.ref)
  return cache
}
