// Restores and saves the BuildKit local cache around run 1; every cache failure degrades to a cold build.

import { cp, mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { CacheKeys } from '../core/cache/key.js'
import { errorMessage } from '../core/errors.js'
import { checkLocalCache, directorySize, readIndex } from './local-cache.js'
import { createActionsCacheStore, type CacheStore, type StoreSaveResult } from './store.js'

export interface CacheLogger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface BuildCacheOptions {
  keys: CacheKeys
  logger: CacheLogger
  /**
   * Where the cache lives (`<workDir>/buildkit-cache`). It must be the same path on every run:
   * @actions/cache folds the path into the entry's version and extracts to the saved path.
   * In the action, `${RUNNER_TEMP}/build-lab`.
   */
  workDir: string
  /** Default 120 s. */
  restoreTimeoutMs?: number
  /** Default 300 s. */
  saveTimeoutMs?: number
  /** Default: the real @actions/cache store. */
  store?: CacheStore
  /**
   * Default: ACTIONS_CACHE_MODE from the environment. `none` and `read`/`write-only` turn off
   * saving/restoring; unknown values allow both, as in @actions/cache.
   */
  cacheMode?: string
}

export type CacheHit = 'exact' | 'partial' | 'miss'

export interface RestoreResult {
  hit: CacheHit
  matchedKey: string | null
  /** The `--cache-from type=local,src=` directory; null when there is nothing to import. */
  dir: string | null
  restoreMs: number
  /** Bytes of the restored cache, 0 when none. */
  sizeBytes: number
  /** Why the cache could not be used (already warned); null for a clean hit or miss. A damaged
   * cache reports `miss` with the `matchedKey` it came from. */
  degraded: string | null
  /**
   * The service failed or ran out of time (a timed-out restore may even still be extracting):
   * the save is skipped rather than paying for the same failure twice.
   */
  serviceDown: boolean
}

export interface SaveResult {
  saved: boolean
  reason: string
  saveMs: number
  /** Bytes of the fresh cache directory. */
  sizeBytes: number
}

export const DEFAULT_RESTORE_TIMEOUT_MS = 120_000
export const DEFAULT_SAVE_TIMEOUT_MS = 300_000

/** The directory restores land in and saves are made from. */
export function cacheDir(workDir: string): string {
  return path.join(workDir, 'buildkit-cache')
}

/** A place for `--cache-to type=local,dest=`: empty, next to the restored cache. */
export async function freshCacheDir(workDir: string): Promise<string> {
  const dir = path.join(workDir, 'buildkit-cache-new')
  await rm(dir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  return dir
}

/** Restores the newest matching cache into `cacheDir(workDir)`. Never throws, never waits past the timeout. */
export async function restoreBuildCache(options: BuildCacheOptions): Promise<RestoreResult> {
  const started = performance.now()
  const { logger, keys } = options
  const store = options.store ?? createActionsCacheStore()
  const dir = cacheDir(options.workDir)
  const result = (fields: Partial<RestoreResult>): RestoreResult => ({
    hit: 'miss',
    matchedKey: null,
    dir: null,
    sizeBytes: 0,
    degraded: null,
    serviceDown: false,
    ...fields,
    restoreMs: Math.round(performance.now() - started)
  })
  const degrade = async (reason: string, fields: Partial<RestoreResult> = {}): Promise<RestoreResult> => {
    logger.warning(`BuildKit cache not restored, building cold: ${reason}`)
    await removeQuietly(dir)
    return result({ degraded: reason, ...fields })
  }

  if (!isAvailable(store, logger)) {
    logger.info('No Actions cache service here: building without a restored cache.')
    return result({})
  }
  const mode = cacheMode(options)
  if (mode === 'none' || mode === 'write-only') {
    logger.info(`Cache restore skipped: ACTIONS_CACHE_MODE is '${mode}'.`)
    return result({})
  }
  try {
    await removeQuietly(dir)
    await mkdir(options.workDir, { recursive: true })
  } catch (error) {
    return degrade(`cannot prepare ${dir}: ${errorMessage(error)}`)
  }

  const timeoutMs = options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS
  logger.debug(`Cache keys: ${keys.primary}, then ${keys.restoreKeys.join(', ')}`)
  const restoring = store
    .restore([dir], keys.primary, keys.restoreKeys, { timeoutMs })
    .catch((error: unknown) => ({ matchedKey: null, failure: errorMessage(error) }))
  const outcome = await withTimeout(restoring, timeoutMs)
  if (outcome === 'timeout') {
    return degrade(`the cache service did not answer within ${seconds(timeoutMs)}`, { serviceDown: true })
  }
  if (outcome.failure !== null) {
    // A tar or zstd failure means a bad archive; anything else means the service or the transfer.
    const badArchive = /\b(tar|zstd|unzstd|gzip)\b/.test(outcome.failure)
    return degrade(outcome.failure, { serviceDown: !badArchive, matchedKey: outcome.matchedKey })
  }
  if (outcome.matchedKey === null) {
    logger.info(`No BuildKit cache for ${keys.primary} or its restore keys.`)
    return result({})
  }
  const check = await checkLocalCache(dir)
  if (!check.ok) {
    return degrade(`the restored cache is damaged (${check.reason})`, { matchedKey: outcome.matchedKey })
  }
  const hit: CacheHit = outcome.matchedKey === keys.primary ? 'exact' : 'partial'
  logger.info(`BuildKit cache restored (${hit}) from ${outcome.matchedKey}: ${check.sizeBytes} bytes.`)
  return result({ hit, matchedKey: outcome.matchedKey, dir, sizeBytes: check.sizeBytes })
}

/**
 * Saves `freshDir` (the `--cache-to` of run 1) under the primary key, unless the restore was an
 * exact hit or the cache did not change. It is moved to `cacheDir(workDir)` first, since
 * @actions/cache saves by path. Never throws.
 */
export async function saveBuildCache(
  options: BuildCacheOptions,
  restored: RestoreResult,
  freshDir: string
): Promise<SaveResult> {
  const started = performance.now()
  const { logger, keys } = options
  const store = options.store ?? createActionsCacheStore()
  const sizeBytes = await directorySize(freshDir)
  const result = (saved: boolean, reason: string): SaveResult => ({
    saved,
    reason,
    sizeBytes,
    saveMs: Math.round(performance.now() - started)
  })
  const skip = (reason: string): SaveResult => {
    logger.info(`BuildKit cache not saved: ${reason}.`)
    return result(false, reason)
  }
  const fail = (reason: string): SaveResult => {
    logger.warning(`BuildKit cache not saved: ${reason}`)
    return result(false, reason)
  }

  if (!isAvailable(store, logger)) return skip('no Actions cache service')
  const mode = cacheMode(options)
  if (mode === 'none' || mode === 'read') return skip(`ACTIONS_CACHE_MODE is '${mode}'`)
  if (restored.hit === 'exact') return skip(`exact hit on ${keys.primary}`)
  // Saving again would only be refused: the entry exists, even if its archive came back damaged.
  if (restored.matchedKey === keys.primary) return skip(`${keys.primary} exists already`)
  if (restored.serviceDown) return skip('the cache service failed during the restore')
  const check = await checkLocalCache(freshDir)
  if (!check.ok) return skip(`run 1 left no usable cache in ${freshDir} (${check.reason})`)
  const freshIndex = await readIndex(freshDir)
  if (restored.dir !== null && freshIndex !== null && freshIndex === (await readIndex(restored.dir))) {
    return skip('the cache did not change')
  }

  const dir = cacheDir(options.workDir)
  try {
    if (path.resolve(freshDir) !== path.resolve(dir)) await replaceDir(freshDir, dir)
  } catch (error) {
    return fail(`cannot move the cache to ${dir}: ${errorMessage(error)}`)
  }
  const timeoutMs = options.saveTimeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS
  const saving = store
    .save([dir], keys.primary)
    .catch((error: unknown): StoreSaveResult => ({ outcome: 'failed', detail: errorMessage(error) }))
  const outcome = await withTimeout(saving, timeoutMs)
  if (outcome === 'timeout') return fail(`the cache service did not finish within ${seconds(timeoutMs)}`)
  switch (outcome.outcome) {
    case 'saved':
      logger.info(`BuildKit cache saved as ${keys.primary}: ${sizeBytes} bytes.`)
      return result(true, 'saved')
    case 'exists':
      return fail(`another job saved ${keys.primary} first`)
    case 'failed':
      return fail(outcome.detail)
  }
}

/** Whether the cache service is configured; a throwing check counts as no. */
export function isAvailable(store: CacheStore, logger: CacheLogger): boolean {
  try {
    return store.isAvailable()
  } catch (error) {
    logger.debug(`Cache service check failed: ${errorMessage(error)}`)
    return false
  }
}

/** ACTIONS_CACHE_MODE (none, read, write-only, ...) unless the options give one. */
export function cacheMode(options: { cacheMode?: string }): string {
  return (options.cacheMode ?? process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase()
}

/** The value, or 'timeout'; the operation itself is left running (callers pass non-rejecting ones). */
export async function withTimeout<T>(operation: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>(resolve => {
    timer = setTimeout(() => resolve('timeout'), ms)
  })
  try {
    return await Promise.race([operation, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function replaceDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true })
  try {
    await rename(from, to)
  } catch {
    // Across file systems (EXDEV): copy, then drop the original.
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

async function removeQuietly(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => undefined)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}
