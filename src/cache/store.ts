// The cache service behind a small interface: @actions/cache for real, fakes in orchestrator tests.

import * as cache from '@actions/cache'
import { errorMessage } from '../core/errors.js'
import { captureCacheCommands, type CapturedCommand } from './command-capture.js'

export interface StoreRestoreResult {
  /** The key the service matched, even when its archive then failed; null on a miss. */
  matchedKey: string | null
  /** Why the restore failed (service error, broken archive); null when it worked or simply missed. */
  failure: string | null
}

export type StoreSaveResult =
  | { outcome: 'saved' }
  /** Another job reserved or saved this key first. */
  | { outcome: 'exists'; detail: string }
  | { outcome: 'failed'; detail: string }

export interface StoreRestoreOptions {
  /** Handed to @actions/cache as the per-segment download timeout (Azure SDK path). */
  timeoutMs: number
}

export interface CacheStore {
  isAvailable(): boolean
  /** Restores `paths` where they were saved from; never throws for service or archive errors. */
  restore(
    paths: string[],
    primaryKey: string,
    restoreKeys: string[],
    options: StoreRestoreOptions
  ): Promise<StoreRestoreResult>
  save(paths: string[], key: string): Promise<StoreSaveResult>
  /** Resolves once operations abandoned by a timeout have ended (tests await it; the action exits). */
  settled(): Promise<void>
}

/** @actions/cache requests are cut at this per-request socket timeout on the Azure SDK path. */
const MAX_REQUEST_TIMEOUT_MS = 30_000

/** The real store, on @actions/cache 6 (cache service v2 when ACTIONS_CACHE_SERVICE_V2 is set). */
export function createActionsCacheStore(): CacheStore {
  const running = new Set<Promise<unknown>>()
  const track = <T>(operation: Promise<T>): Promise<T> => {
    running.add(operation)
    const forget = (): void => void running.delete(operation)
    operation.then(forget, forget)
    return operation
  }

  return {
    isAvailable: () => cache.isFeatureAvailable(),

    async restore(paths, primaryKey, restoreKeys, options) {
      const failures: string[] = []
      let announced: string | null = null
      const onCommand = (line: CapturedCommand): void => {
        const hit = /^Cache hit for(?: restore-key)?: (.*)$/.exec(line.message)
        if (line.command === 'info' && hit !== null) announced = hit[1] ?? null
        const isWarning = line.command === 'warning' || line.command === 'error'
        if (isWarning && line.message.startsWith('Failed to restore: ')) {
          failures.push(line.message.slice('Failed to restore: '.length))
        }
      }
      try {
        const matchedKey = await track(
          captureCacheCommands(
            () =>
              cache.restoreCache(paths, primaryKey, restoreKeys, {
                segmentTimeoutInMs: options.timeoutMs,
                timeoutInMs: Math.min(options.timeoutMs, MAX_REQUEST_TIMEOUT_MS)
              }),
            onCommand
          )
        )
        const failure = failures[0] ?? null
        return { matchedKey: matchedKey ?? announced, failure }
      } catch (error) {
        // Only a ValidationError (bad key) gets through @actions/cache.
        return { matchedKey: null, failure: errorMessage(error) }
      }
    },

    async save(paths, key) {
      const failures: string[] = []
      let reserveFailure = ''
      const onCommand = (line: CapturedCommand): void => {
        if (line.command === 'debug') {
          if (line.message.startsWith('Failed to reserve cache: ')) {
            reserveFailure = line.message.slice('Failed to reserve cache: '.length)
          }
        } else if (line.command === 'info') {
          return
        } else if (line.message.startsWith('Cache reservation failed: ')) {
          reserveFailure = line.message
        } else {
          failures.push(line.message.replace(/^Failed to save: /, ''))
        }
      }
      try {
        const id = await track(captureCacheCommands(() => cache.saveCache(paths, key), onCommand))
        if (id !== -1 && failures.length === 0) return { outcome: 'saved' }
        if (failures.length > 0) return { outcome: 'failed', detail: failures[0] ?? '' }
        // ReserveCacheError: @actions/cache logs it as info, whether the key exists or the
        // service could not be reached; the debug line it prints tells which.
        if (/already exists|\(409\)/i.test(reserveFailure))
          return { outcome: 'exists', detail: reserveFailure }
        return {
          outcome: 'failed',
          detail: reserveFailure === '' ? 'the cache service did not accept the entry' : reserveFailure
        }
      } catch (error) {
        return { outcome: 'failed', detail: errorMessage(error) }
      }
    },

    async settled() {
      while (running.size > 0) await Promise.allSettled([...running])
    }
  }
}
