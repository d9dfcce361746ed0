// Carries RUN --mount=type=cache contents across runners through the Actions cache (the buildkit-cache-dance technique).
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { type BuilderTarget, onBuilder } from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'
import type { BuildArg } from '../core/build/args.js'
import { type CacheKeys, computeCacheKeys } from '../core/cache/key.js'
import {
  describeMount,
  extractDockerfile,
  identityKey,
  injectDockerfile,
  MOUNT_MANIFEST_FILE,
  type MountIdentity,
  mountCacheKeys,
  mountFile,
  NAMESPACE_ARG,
  NONCE_ARG,
  parseCacheMounts,
  parseManifest,
  renderManifest,
  restorableMounts,
  type SavedMount
} from '../core/cache/mounts.js'
import { errorMessage } from '../core/errors.js'
import { type CacheHit, type CacheLogger, cacheMode, isAvailable, withTimeout } from './build-cache.js'
import { directorySize } from './local-cache.js'
import { collectKeyInputs } from './key-inputs.js'
import { createActionsCacheStore, type CacheStore, type StoreSaveResult } from './store.js'

/** busybox 1.37.0 (multi-platform index), pinned so that a retag cannot change what runs. */
export const DEFAULT_HELPER_IMAGE =
  'busybox:1.37.0@sha256:9db7b59979c38555a39def84a31fb98b5296952f9e3afd4f6f11f05b07adfab0'

export interface CacheMountsOptions {
  context: string
  /** The Dockerfile's path. */
  dockerfile: string
  buildArgs: BuildArg[]
  target: string | null
  platforms: string[]
  /** The builder the gate builds on; absent: the current builder. */
  builder?: BuilderTarget
  /** The cache-key input. */
  prefix: string
  /** An image with sh, tar, ls and mkdir: the `cache-mounts-image` input. */
  helperImage: string
  /** The same path on every run, as for the BuildKit cache (`<workDir>/cache-mounts` is saved). */
  workDir: string
  engine: Engine
  logger: CacheLogger
  /** Default 120 s. */
  restoreTimeoutMs?: number
  /** Default 300 s. */
  saveTimeoutMs?: number
  /** Default: the real @actions/cache store. */
  store?: CacheStore
  /** Default: ACTIONS_CACHE_MODE, read as build-cache.ts reads it. */
  cacheMode?: string
}

export interface MountsRestoreResult {
  hit: CacheHit
  /** The mounts entry's primary key; null when there is nothing to restore or no key. */
  key: string | null
  matchedKey: string | null
  /** The caches of this Dockerfile that a helper can reach. */
  mounts: MountIdentity[]
  /** How many of them were seeded before run 1. */
  injected: number
  restoreMs: number
  /** Bytes of the restored entry. */
  sizeBytes: number
  /** Why the restored caches could not be used (already warned); null otherwise. */
  degraded: string | null
  /** The service failed or timed out: the save is skipped. */
  serviceDown: boolean
}

export interface MountsSaveResult {
  saved: boolean
  reason: string
  saveMs: number
  sizeBytes: number
  /** Caches in the saved entry. */
  mounts: number
}

const DEFAULT_RESTORE_TIMEOUT_MS = 120_000
const DEFAULT_SAVE_TIMEOUT_MS = 300_000
const LOG_TAIL_BYTES = 4096

/** Where the entry is restored to and saved from. */
export function mountsDir(workDir: string): string {
  return path.join(workDir, 'cache-mounts')
}

/**
 * Before run 1: restores the saved cache-mount contents and seeds the builder's caches with them
 * through a helper build. Never throws; every failure is one warning and run 1 starts with empty
 * cache mounts, as it would have without this.
 */
export async function restoreCacheMounts(options: CacheMountsOptions): Promise<MountsRestoreResult> {
  const started = performance.now()
  const { logger } = options
  const result = (fields: Partial<MountsRestoreResult>): MountsRestoreResult => ({
    hit: 'miss',
    key: null,
    matchedKey: null,
    mounts: [],
    injected: 0,
    sizeBytes: 0,
    degraded: null,
    serviceDown: false,
    ...fields,
    restoreMs: Math.round(performance.now() - started)
  })
  const degrade = (reason: string, fields: Partial<MountsRestoreResult>): MountsRestoreResult => {
    logger.warning(`Cache mounts not restored, run 1 starts with empty ones: ${reason}`)
    return result({ degraded: reason, ...fields })
  }

  let mounts: MountIdentity[]
  try {
    mounts = await dockerfileMounts(options)
  } catch (error) {
    return degrade(`cannot read the Dockerfile (${errorMessage(error)})`, {})
  }
  if (mounts.length === 0) return result({})
  const store = options.store ?? createActionsCacheStore()
  if (!isAvailable(store, logger)) {
    logger.info('No Actions cache service here: cache mounts start empty.')
    return result({ mounts })
  }
  const mode = cacheMode(options)
  if (mode === 'none' || mode === 'write-only') {
    logger.info(`Cache mounts restore skipped: ACTIONS_CACHE_MODE is '${mode}'.`)
    return result({ mounts })
  }
  let keys: CacheKeys
  try {
    keys = await mountKeys(options)
  } catch (error) {
    return degrade(`could not compute the cache key (${errorMessage(error)})`, { mounts })
  }
  const base = { mounts, key: keys.primary }
  const dir = mountsDir(options.workDir)
  try {
    await fs.rm(dir, { recursive: true, force: true })
    await fs.mkdir(options.workDir, { recursive: true })
  } catch (error) {
    return degrade(`cannot prepare ${dir}: ${errorMessage(error)}`, base)
  }

  const timeoutMs = options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS
  const restoring = store
    .restore([dir], keys.primary, keys.restoreKeys, { timeoutMs })
    .catch((error: unknown) => ({ matchedKey: null, failure: errorMessage(error) }))
  const outcome = await withTimeout(restoring, timeoutMs)
  if (outcome === 'timeout') {
    return degrade(`the cache service did not answer within ${timeoutMs / 1000} s`, {
      ...base,
      serviceDown: true
    })
  }
  if (outcome.failure !== null) {
    const badArchive = /\b(tar|zstd|unzstd|gzip)\b/.test(outcome.failure)
    return degrade(outcome.failure, { ...base, serviceDown: !badArchive, matchedKey: outcome.matchedKey })
  }
  if (outcome.matchedKey === null) {
    logger.info(`No cache-mount entry for ${keys.primary} or its restore keys.`)
    return result(base)
  }
  const matched = { ...base, matchedKey: outcome.matchedKey }
  let saved: SavedMount[]
  try {
    saved = await usableMounts(dir, mounts)
  } catch (error) {
    return degrade(`the restored entry is damaged (${errorMessage(error)})`, matched)
  }
  const hit: CacheHit = outcome.matchedKey === keys.primary ? 'exact' : 'partial'
  const sizeBytes = await directorySize(dir)
  if (saved.length === 0) {
    logger.info(`The cache-mount entry ${outcome.matchedKey} holds none of this Dockerfile's caches.`)
    return result({ ...matched, hit, sizeBytes })
  }

  const helperDir = path.join(options.workDir, 'cache-mounts-helper')
  const dockerfile = path.join(helperDir, 'inject.Dockerfile')
  try {
    await fs.mkdir(helperDir, { recursive: true })
    await fs.writeFile(dockerfile, injectDockerfile(options.helperImage, saved))
  } catch (error) {
    return degrade(`cannot write the helper Dockerfile: ${errorMessage(error)}`, matched)
  }
  const build = await runHelper(options, [
    ...helperArgs(options, dockerfile),
    '--output',
    'type=cacheonly',
    dir
  ])
  if (build.code !== 0) {
    return degrade(`the helper build that seeds them failed (exit ${build.code}): ${build.tail}`, matched)
  }
  logger.info(
    `Cache mounts restored (${hit}) from ${outcome.matchedKey}: ${saved.map(describeMount).join('; ')}, ${sizeBytes} bytes.`
  )
  return result({ ...matched, hit, sizeBytes, injected: saved.length })
}

/**
 * After run 1: dumps the builder's cache mounts through a helper build and saves them under the
 * mounts key, unless the restore was an exact hit. Never throws; a failure is one warning.
 */
export async function saveCacheMounts(
  options: CacheMountsOptions,
  restored: MountsRestoreResult
): Promise<MountsSaveResult> {
  const started = performance.now()
  const { logger } = options
  let sizeBytes = 0
  let count = 0
  const result = (saved: boolean, reason: string): MountsSaveResult => ({
    saved,
    reason,
    sizeBytes,
    mounts: count,
    saveMs: Math.round(performance.now() - started)
  })
  const skip = (reason: string): MountsSaveResult => {
    logger.info(`Cache mounts not saved: ${reason}.`)
    return result(false, reason)
  }
  const fail = (reason: string): MountsSaveResult => {
    logger.warning(`Cache mounts not saved: ${reason}`)
    return result(false, reason)
  }

  if (restored.mounts.length === 0) return result(false, 'no cache mounts in the Dockerfile')
  const store = options.store ?? createActionsCacheStore()
  if (!isAvailable(store, logger)) return skip('no Actions cache service')
  const mode = cacheMode(options)
  if (mode === 'none' || mode === 'read') return skip(`ACTIONS_CACHE_MODE is '${mode}'`)
  if (restored.key === null) return skip('no cache key')
  if (restored.hit === 'exact') return skip(`exact hit on ${restored.key}`)
  if (restored.matchedKey === restored.key) return skip(`${restored.key} exists already`)
  if (restored.serviceDown) return skip('the cache service failed during the restore')

  const fresh = path.join(options.workDir, 'cache-mounts-new')
  const helperDir = path.join(options.workDir, 'cache-mounts-helper')
  const dockerfile = path.join(helperDir, 'extract.Dockerfile')
  try {
    await fs.rm(fresh, { recursive: true, force: true })
    await fs.mkdir(helperDir, { recursive: true })
    await fs.writeFile(dockerfile, extractDockerfile(options.helperImage, restored.mounts))
  } catch (error) {
    return fail(`cannot write the helper Dockerfile: ${errorMessage(error)}`)
  }
  const build = await runHelper(options, [
    ...helperArgs(options, dockerfile),
    '--output',
    `type=local,dest=${fresh}`,
    helperDir
  ])
  if (build.code !== 0)
    return fail(`the helper build that dumps them failed (exit ${build.code}): ${build.tail}`)

  const saved: SavedMount[] = []
  for (const [n, mount] of restored.mounts.entries()) {
    if (await isFile(path.join(fresh, mountFile(n)))) saved.push({ ...mount, file: mountFile(n) })
  }
  count = saved.length
  if (saved.length === 0) return skip('run 1 left its cache mounts empty')
  const dir = mountsDir(options.workDir)
  try {
    await fs.writeFile(path.join(fresh, MOUNT_MANIFEST_FILE), renderManifest(saved))
    await fs.rm(dir, { recursive: true, force: true })
    await fs.rename(fresh, dir)
  } catch (error) {
    return fail(`cannot move the dumped caches to ${dir}: ${errorMessage(error)}`)
  }
  sizeBytes = await directorySize(dir)

  const timeoutMs = options.saveTimeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS
  const saving = store
    .save([dir], restored.key)
    .catch((error: unknown): StoreSaveResult => ({ outcome: 'failed', detail: errorMessage(error) }))
  const outcome = await withTimeout(saving, timeoutMs)
  if (outcome === 'timeout') return fail(`the cache service did not finish within ${timeoutMs / 1000} s`)
  switch (outcome.outcome) {
    case 'saved':
      logger.info(
        `Cache mounts saved as ${restored.key}: ${saved.map(describeMount).join('; ')}, ${sizeBytes} bytes.`
      )
      return result(true, 'saved')
    case 'exists':
      return fail(`another job saved ${restored.key} first`)
    case 'failed':
      return fail(outcome.detail)
  }
}

async function dockerfileMounts(options: CacheMountsOptions): Promise<MountIdentity[]> {
  const parsed = parseCacheMounts(await fs.readFile(options.dockerfile, 'utf8'))
  for (const s of parsed.skipped)
    options.logger.info(`Cache mount on line ${s.line} left out: ${s.reason} (${s.flag}).`)
  const { restorable, skipped } = restorableMounts(parsed.mounts)
  for (const s of skipped) options.logger.info(`Cache mount ${describeMount(s.mount)} left out: ${s.reason}.`)
  return restorable
}

/** The lock-level keys of the BuildKit cache (no sources digest), plus `-mounts`. */
async function mountKeys(options: CacheMountsOptions): Promise<CacheKeys> {
  const files = await collectKeyInputs(options.context, options.dockerfile)
  return mountCacheKeys(
    computeCacheKeys({
      os: os.platform(),
      arch: os.arch(),
      prefix: options.prefix,
      dockerfile: files.dockerfile,
      dockerignore: files.dockerignore,
      lockfiles: files.lockfiles,
      sources: null,
      buildArgs: Object.fromEntries(options.buildArgs.map(a => [a.name, a.value])),
      target: options.target,
      platforms: options.platforms
    })
  )
}

/** The saved caches this Dockerfile still uses, each with its tar present. */
async function usableMounts(dir: string, mounts: MountIdentity[]): Promise<SavedMount[]> {
  const manifest = parseManifest(await fs.readFile(path.join(dir, MOUNT_MANIFEST_FILE), 'utf8'))
  const wanted = new Set(mounts.map(identityKey))
  const usable: SavedMount[] = []
  for (const mount of manifest.mounts) {
    if (!wanted.has(identityKey(mount))) continue
    if (!(await isFile(path.join(dir, mount.file)))) throw new Error(`${mount.file} is missing`)
    usable.push(mount)
  }
  return usable
}

/**
 * Helper builds run without network, and with the user's cache-id namespace. A fresh nonce keeps
 * the daemon from skipping the step as cached; `--no-cache` would not do, since it empties cache
 * mounts too.
 */
function helperArgs(options: CacheMountsOptions, dockerfile: string): string[] {
  const args = [
    'buildx',
    'build',
    '--progress=plain',
    '--network=none',
    '--provenance=false',
    '-f',
    dockerfile
  ]
  args.push('--build-arg', `${NONCE_ARG}=${randomBytes(8).toString('hex')}`)
  const namespace = options.buildArgs.find(a => a.name === NAMESPACE_ARG)
  if (namespace) args.push('--build-arg', `${NAMESPACE_ARG}=${namespace.value}`)
  return args
}

async function runHelper(
  options: CacheMountsOptions,
  args: string[]
): Promise<{ code: number; tail: string }> {
  let log = ''
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-LOG_TAIL_BYTES)
  }
  const argv = onBuilder(options.builder ?? {}, args)
  options.logger.debug(`docker ${argv.join(' ')}`)
  try {
    const code = await options.engine.run(argv, keep, keep)
    const lines = log.trimEnd().split('\n')
    const error = lines.find(l => /^ERROR|error:/i.test(l.trim()))
    return { code, tail: (error ?? lines[lines.length - 1] ?? '').trim() }
  } catch (error) {
    return { code: -1, tail: errorMessage(error) }
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}
