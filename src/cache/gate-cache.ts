// The cache around the gate: keys and restore before run 1, the cache flags for run 1, the save after.
import * as os from 'node:os'
import type { CacheRef } from '../buildkit/args.js'
import type { BuildArg } from '../core/build/args.js'
import type { BuildIdentity } from '../core/build/identity.js'
import { computeCacheKeys } from '../core/cache/key.js'
import type { CacheScopes, KeyLevel } from '../core/cache/registry-tags.js'
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
import { checkImageSources, type ImageSource, planRegistryCache } from './registry-cache.js'
import type { RegistryProbe } from './registry-probe.js'
import type { CacheStore } from './store.js'

/** `images`: only read-only image sources (the CLI's --cache-from-image without --cache-ref) */
export type CacheBackend = 'actions' | 'registry' | 'images'

export interface GateCacheSettings {
  enabled: boolean
  backend: CacheBackend
  /** registry backend: the repository (`host:port/name`) whose tags are the keys */
  ref: string
  /** registry backend: the scope run 1 writes and the scopes it reads, in order */
  scopes: CacheScopes
  /** published images with inline cache metadata, read-only sources for either backend */
  imageSources: string[]
  /** the cache-key input */
  prefix: string
  restoreTimeoutMs: number
  saveTimeoutMs: number
  /** a path that is the same on every run (see BuildCacheOptions.workDir) */
  workDir: string
  store?: CacheStore
  /** Default: the registry client of registry/client.ts. */
  registry?: RegistryProbe
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
  /** registry backend: how much of the key the imported tag matched; null on a miss */
  matchedLevel: KeyLevel | null
  /** registry backend: the scope of the imported tag */
  matchedScope: string | null
  /** registry backend: the scope this run writes */
  scope: string | null
  /** registry backend: the scopes read, in order */
  readScopes: string[]
  /** registry backend: the tags run 1 exported (none when the exact key existed) */
  written: string[]
  /** cache-from-images, each with whether run 1 imported it */
  imageSources: ImageSource[]
}

export interface PreparedCache {
  cacheFrom: CacheRef[]
  cacheTo: CacheRef[]
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
  sourceOnlyEdit: false,
  matchedLevel: null,
  matchedScope: null,
  scope: null,
  readScopes: [],
  written: [],
  imageSources: []
}

/** Whether run 1 skips `--cache-to`: the restore was exact, so saveBuildCache would not save what it exports. */
export function skipsExport(restored: Pick<RestoreResult, 'hit' | 'dir'>): boolean {
  return restored.hit === 'exact' && restored.dir !== null
}

/** The platform whose config an image source is checked in: the first build platform, else the runner's. */
export function sourcePlatform(platforms: readonly string[], arch: string = os.arch()): string {
  const first = platforms[0]?.trim()
  if (first) return first
  const goArch: Record<string, string> = { x64: 'amd64', ia32: '386', arm: 'arm/v7', ppc64: 'ppc64le' }
  return `linux/${goArch[arch] ?? arch}`
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
    return { cacheFrom: [], cacheTo: [], miss: noRecord('cache disabled'), finish: async () => CACHE_OFF }
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
      cacheTo: [],
      miss: noRecord('no cache key'),
      finish: async () => ({ ...CACHE_OFF, note: 'no cache key' })
    }
  }

  const images = await checkImageSources(
    settings.imageSources,
    sourcePlatform(build.platforms),
    logger,
    ...(settings.registry ? [settings.registry] : [])
  )
  const imageRefs: CacheRef[] = images.filter(i => i.used).map(i => ({ type: 'registry', ref: i.ref }))

  if (settings.backend === 'images') {
    return {
      cacheFrom: imageRefs,
      cacheTo: [],
      miss: noRecord('image sources keep no record of the build they came from'),
      finish: async () => ({
        ...CACHE_OFF,
        backend: 'images',
        key: keys.primary,
        note: `${imageRefs.length} of ${images.length} image source(s) imported`,
        imageSources: images
      })
    }
  }

  if (settings.backend === 'registry') {
    const started = performance.now()
    const plan = await planRegistryCache(
      { ref: settings.ref, keys, scopes: settings.scopes },
      logger,
      ...(settings.registry ? [settings.registry] : [])
    )
    // The registry's "restore" is the HEAD probing before run 1; the import itself happens inside run 1.
    const probeMs = Math.round(performance.now() - started)
    const hit: CacheHit =
      plan.matched === null ? 'miss' : plan.matched.key === keys.primary ? 'exact' : 'partial'
    return {
      cacheFrom: [...plan.cacheFrom, ...imageRefs],
      cacheTo: plan.cacheTo,
      miss: noRecord('the registry cache keeps no record of the build it came from'),
      finish: async () => {
        const { saved, note } = await plan.confirm()
        return {
          ...CACHE_OFF,
          backend: 'registry',
          hit,
          key: keys.primary,
          matchedKey: plan.matched?.key ?? null,
          restoreMs: probeMs,
          saved,
          note,
          sourceOnlyEdit: plan.matched?.level === 'lockfiles' && hit === 'partial',
          matchedLevel: plan.matched?.level ?? null,
          matchedScope: plan.matched?.scope ?? null,
          scope: settings.scopes.write,
          readScopes: settings.scopes.read,
          written: saved ? plan.writes.map(w => w.tag) : [],
          imageSources: images
        }
      }
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
    cacheFrom: [...(restored.dir ? [{ type: 'local' as const, dir: restored.dir }] : []), ...imageRefs],
    cacheTo: exports ? [{ type: 'local', dir: fresh }] : [],
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
        ...CACHE_OFF,
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
          restored.matchedKey.startsWith(keys.restoreKeys[0]),
        imageSources: images
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
