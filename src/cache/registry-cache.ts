// The keyed registry cache: which tags exist, which one run 1 imports, which new ones it exports, and inline-cache images.
import type { CacheRef } from '../buildkit/args.js'
import {
  type CacheScopes,
  candidateTags,
  chooseRegistryCache,
  type LevelTag
} from '../core/cache/registry-tags.js'
import type { CacheKeys } from '../core/cache/key.js'
import type { CacheLogger } from './build-cache.js'
import { INLINE_CACHE_KEY } from '../core/registry/manifest.js'
import { cacheRepository, createRegistryProbe, type RegistryProbe, registryHost } from './registry-probe.js'

export interface RegistryCacheRequest {
  /** `cache-ref`: the repository the tags go in (`host/name`); a tag on it is dropped */
  ref: string
  keys: CacheKeys
  scopes: CacheScopes
}

/** A published image offered as a read-only cache source (`cache-from-images`). */
export interface ImageSource {
  ref: string
  /** whether its config carries inline cache metadata, so run 1 imports it */
  used: boolean
  note: string
}

/** What run 1 imports and exports with `cache-backend: registry`. */
export interface RegistryCachePlan {
  cacheFrom: CacheRef[]
  cacheTo: CacheRef[]
  /** null when the registry answered before run 1; else why not (already warned once). */
  unreachable: string | null
  /** The most specific existing tag; null: a miss. */
  matched: LevelTag | null
  /** The own-scope tags run 1 exports. */
  writes: LevelTag[]
  /** Why run 1 exports nothing, or null. */
  skipped: string | null
  /** After run 1: whether every exported tag is there now (HEAD again), and a note for the report. */
  confirm(): Promise<{ saved: boolean; note: string }>
}

/**
 * Probes every candidate tag with HEAD, imports the most specific one that exists, and exports only
 * own-scope levels that no readable scope has: a tag that exists is never pushed again. BuildKit fails
 * the whole build when `--cache-to type=registry` cannot push (checked on BuildKit 0.13: "error writing
 * layer blob ... connection refused", exit 1), so a registry that does not answer before run 1 turns
 * the cache off for this run, with one warning; one that fails during run 1 is covered by
 * `ignore-error=true` on each `--cache-to` (buildkit/args.ts), and `confirm()` warns once.
 * Two writers racing on the same new key both push it: the blobs are content-addressed, the tag
 * ends up naming one of two equivalent caches.
 */
export async function planRegistryCache(
  request: RegistryCacheRequest,
  logger: CacheLogger,
  probe: RegistryProbe = createRegistryProbe()
): Promise<RegistryCachePlan> {
  const repository = cacheRepository(request.ref)
  const off = (note: string, fields: Partial<RegistryCachePlan> = {}): RegistryCachePlan => ({
    cacheFrom: [],
    cacheTo: [],
    unreachable: null,
    matched: null,
    writes: [],
    skipped: note,
    confirm: async () => ({ saved: false, note }),
    ...fields
  })
  const before = await probe.ping(registryHost(repository))
  if (!before.ok) {
    const note = `registry cache ${repository} unreachable (${before.reason})`
    logger.warning(`${note}: run 1 builds cold and exports no cache.`)
    return off(note, { unreachable: note })
  }
  const candidates = candidateTags(request.keys, request.scopes)
  const states = await Promise.all(candidates.map(c => probe.tag(repository, c.tag)))
  const unknown = states.find(s => s.state === 'unknown')
  if (unknown !== undefined && unknown.state === 'unknown') {
    // Without knowing which tags exist, a push could overwrite one: read them all, write none.
    const note = `cannot tell which tags of ${repository} exist (${unknown.reason})`
    logger.warning(`${note}: run 1 imports every candidate tag and exports no cache.`)
    const refs = [...new Set(candidates.map(c => c.tag))]
    return off(note, { cacheFrom: refs.map(tag => ({ type: 'registry', ref: `${repository}:${tag}` })) })
  }
  const exists = new Set(candidates.filter((_, i) => states[i]?.state === 'present').map(c => c.tag))
  const choice = chooseRegistryCache(request.keys, request.scopes, exists)
  if (choice.matched !== null) {
    const m = choice.matched
    logger.info(`Registry cache: ${m.level} level in scope ${m.scope} (${repository}:${m.tag}).`)
  } else {
    logger.info(`Registry cache: no tag for these keys in scopes ${request.scopes.read.join(', ')}.`)
  }
  if (choice.skipped !== null) logger.info(`Registry cache not exported: ${choice.skipped}.`)
  const cacheFrom: CacheRef[] =
    choice.matched === null ? [] : [{ type: 'registry', ref: `${repository}:${choice.matched.tag}` }]
  const cacheTo: CacheRef[] = choice.write.map(w => ({
    type: 'registry',
    ref: `${repository}:${w.tag}`,
    // The gate never fails over its cache: an export that fails is a warning, not a failed run 1.
    ignoreError: true
  }))
  return {
    cacheFrom,
    cacheTo,
    unreachable: null,
    matched: choice.matched,
    writes: choice.write,
    skipped: choice.skipped,
    async confirm() {
      if (choice.write.length === 0) return { saved: false, note: choice.skipped ?? 'nothing to export' }
      const after = await Promise.all(choice.write.map(w => probe.tag(repository, w.tag)))
      const missing = choice.write.filter((_, i) => after[i]?.state !== 'present')
      if (missing.length === 0) {
        const tags = choice.write.map(w => w.tag).join(', ')
        logger.info(`Registry cache exported to ${repository}: ${tags}.`)
        return {
          saved: true,
          note: `exported ${choice.write.length} tag(s) to scope ${request.scopes.write}`
        }
      }
      const failed = after.find(s => s.state === 'unknown')
      const why =
        failed !== undefined && failed.state === 'unknown' ? failed.reason : 'not in the registry after run 1'
      const note = `registry cache export to ${repository} did not land (${missing.map(w => w.tag).join(', ')}: ${why})`
      logger.warning(`${note}: the next run may build cold.`)
      return { saved: false, note }
    }
  }
}

/**
 * Published images as read-only cache sources: each is used when its config (for `platform`) carries
 * inline cache metadata, else left out with one warning. Never throws.
 */
export async function checkImageSources(
  images: readonly string[],
  platform: string,
  logger: CacheLogger,
  probe: RegistryProbe = createRegistryProbe()
): Promise<ImageSource[]> {
  const sources: ImageSource[] = []
  for (const ref of [...new Set(images)]) {
    const read = await probe.inlineCache(ref, platform)
    if ('error' in read) {
      const note = `cache-from image ${ref} not used: cannot read its ${platform} config (${read.error})`
      logger.warning(note)
      sources.push({ ref, used: false, note })
    } else if (!read.inline) {
      const note = `cache-from image ${ref} carries no inline cache metadata (${INLINE_CACHE_KEY}): build it with --cache-to type=inline; not used`
      logger.warning(note)
      sources.push({ ref, used: false, note })
    } else {
      logger.info(`Cache source ${ref}: inline cache metadata found.`)
      sources.push({ ref, used: true, note: 'inline cache' })
    }
  }
  return sources
}
