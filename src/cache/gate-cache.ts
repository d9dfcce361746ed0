// The cache around the gate: keys and restore before run 1, the cache flags for run 1, the save after.
import * as os from 'node:os'
import type { CacheRef } from '../buildkit/args.js'
import type { BuildArg } from '../core/build/args.js'
import type { BuildIdentity } from '../core/build/identity.js'
import { computeCacheKeys } from '../core/cache/key.js'
import { errorMessage } from '../core/errors.js'
import {
  type CacheHit,
  type CacheLogger,
  freshCacheDir,
  restoreBuildCache,
  type RestoreResult,
  saveBuildCache
} from './build-cache.js'
import { type MissContext, readInputRecord } from './input-record.js'
import { collectKeyInputs } from './key-inputs.js'
import { planRegistryCache } from './registry-cache.js'
import type { CacheStore } from './store.js'

export type CacheBackend = 'actions' | 'registry'

export interface GateCacheSettings {
  enabled: boolean
  backend: CacheBackend
  /** registry backend: host:port/name:tag */
  ref: string
  /** the cache-key input */
  prefix: string
  restoreTimeoutMs: number
  saveTimeoutMs: number
  /** a path that is the same on every run (see BuildCacheOptions.workDir) */
  workDir: string
  store?: CacheStore
}

/** The build as the cache key hashes it: the BuildIdentity fields, with paths on disk and the raw build-arg values. */
export interface CacheBuild extends Omit<BuildIdentity, 'buildArgs'> {
  buildArgs: BuildArg[]
  /** the BuildKit secrets, by id and sha256 of the value */
  secrets?: { id: string; sha256: string }[]
}

export interface CacheReport {
  backend: CacheBackend | 'off'
  hit: CacheHit
  key: string | null
  matchedKey: string | null
  restoreMs: number | null
  saveMs: number | null
  sizeBytes: number | null
  saved: boolean
  /** why the save was skipped, or the degradation that happened */
  note: string
  /** the restore matched everything but the sources: run 1 shows what a source-only edit costs */
  sourceOnlyEdit: boolean
}

export interface PreparedCache {
  cacheFrom: CacheRef[]
  cacheTo: CacheRef | null
  /** the input record restored with the cache, how it was restored, and where run 1's record goes */
  miss: MissContext
  /** Saves what run 1 exported (never throws), and says what happened. */
  finish(run1HitRatio: number | null): Promise<CacheReport>
}

export const CACHE_OFF: CacheReport = {
  backend: 'off',
  hit: 'miss',
  key: null,
  matchedKey: null,
  restoreMs: null,
  saveMs: null,
  sizeBytes: null,
  saved: false,
  note: 'cache disabled',
  sourceOnlyEdit: false
}

/** Whether run 1 skips `--cache-to`: the restore was exact, so saveBuildCache would not save what it exports. */
export function skipsExport(restored: Pick<RestoreResult, 'hit' | 'dir'>): boolean {
  return restored.hit === 'exact' && restored.dir !== null
}

/** The registry backend has no restore step: how warm run 1 was is the only measure of a hit. */
export function hitFromRatio(ratio: number | null): CacheHit {
  if (ratio === null || ratio === 0) return 'miss'
  return ratio >= 1 ? 'exact' : 'partial'
}

export async function prepareGateCache(
  settings: GateCacheSettings,
  build: CacheBuild,
  logger: CacheLogger
): Promise<PreparedCache> {
  const noRecord = (note: string): MissContext => ({
    previous: null,
    origin: { hit: 'off', note },
    recordDir: null
  })
  if (!settings.enabled) {
    return { cacheFrom: [], cacheTo: null, miss: noRecord('cache disabled'), finish: async () => CACHE_OFF }
  }

  if (settings.backend === 'registry') {
    const plan = await planRegistryCache(settings.ref, logger)
    return {
      cacheFrom: plan.cacheFrom,
      cacheTo: plan.cacheTo,
      miss: noRecord('the registry cache keeps no record of the build it came from'),
      finish: async ratio => {
        const { saved, note } = await plan.confirm()
        return {
          ...CACHE_OFF,
          backend: 'registry',
          hit: plan.unreachable === null ? hitFromRatio(ratio) : 'miss',
          key: settings.ref,
          saved,
          note
        }
      }
    }
  }

  let keys
  try {
    const files = await collectKeyInputs(build.context, build.dockerfile)
    keys = computeCacheKeys({
      os: os.platform(),
      arch: os.arch(),
      prefix: settings.prefix,
      ...files,
      buildArgs: Object.fromEntries(build.buildArgs.map(a => [a.name, a.value])),
      ...(build.secrets ? { secrets: build.secrets } : {}),
      target: build.target,
      platforms: build.platforms
    })
  } catch (error) {
    logger.warning(`cache disabled for this run: could not compute the cache key (${errorMessage(error)})`)
    return {
      cacheFrom: [],
      cacheTo: null,
      miss: noRecord('no cache key'),
      finish: async () => ({ ...CACHE_OFF, note: 'no cache key' })
    }
  }

  const options = {
    keys,
    logger,
    workDir: settings.workDir,
    restoreTimeoutMs: settings.restoreTimeoutMs,
    saveTimeoutMs: settings.saveTimeoutMs,
    ...(settings.store ? { store: settings.store } : {})
  }
  const restored: RestoreResult = await restoreBuildCache(options)
  const fresh = await freshCacheDir(settings.workDir)
  // An exact hit is never saved again (an entry cannot be replaced under its key): run 1 only imports.
  const exports = !skipsExport(restored)
  if (!exports) {
    logger.info(
      `run 1 imports the cache and exports none: the restore was exact (${keys.primary}), so there is nothing new to save.`
    )
  }
  return {
    cacheFrom: restored.dir ? [{ type: 'local', dir: restored.dir }] : [],
    cacheTo: exports ? { type: 'local', dir: fresh } : null,
    miss: {
      previous: await readInputRecord(restored.dir),
      origin: { hit: restored.hit, level: matchedLevel(keys, restored.matchedKey), note: restored.degraded },
      // No export after an exact restore: the restored entry keeps its own record.
      recordDir: exports ? fresh : null
    },
    async finish(run1HitRatio) {
      if (!exports && run1HitRatio !== null && run1HitRatio < 1) {
        logger.info(
          `run 1 re-ran steps though the restore was exact (hit ratio ${run1HitRatio.toFixed(2)}): the entry ${keys.primary} stays as it is until the key changes.`
        )
      }
      const saved = await saveBuildCache(options, restored, fresh)
      return {
        backend: 'actions',
        hit: restored.hit,
        key: keys.primary,
        matchedKey: restored.matchedKey,
        restoreMs: restored.restoreMs,
        saveMs: saved.saveMs,
        // With no export, the cache run 1 used is the restored one.
        sizeBytes: exports ? saved.sizeBytes : restored.sizeBytes,
        saved: saved.saved,
        note: restored.degraded ?? saved.reason,
        sourceOnlyEdit:
          restored.hit === 'partial' &&
          keys.restoreKeys.length === 3 &&
          restored.matchedKey !== null &&
          restored.matchedKey.startsWith(keys.restoreKeys[0])
      }
    }
  }
}

/** Which part of the key a restored entry shares: all but the sources, the Dockerfile only, or less. */
export function matchedLevel(
  keys: { primary: string; restoreKeys: string[] },
  matchedKey: string | null
): 'sources' | 'lockfiles' | 'definition' | null {
  if (matchedKey === null || matchedKey === keys.primary) return null
  const levels = (['sources', 'lockfiles', 'definition'] as const).slice(3 - keys.restoreKeys.length)
  const at = keys.restoreKeys.findIndex(k => matchedKey.startsWith(k))
  return at < 0 ? null : (levels[at] ?? null)
}
