// What counts as the same image: equal manifest digests, or equal uncompressed content per platform.
import { BuildLabError } from './errors.js'
import { asArray, isRecord } from './json.js'
import type { BlobSource } from './diff/types.js'
import { platformName } from './build/metadata.js'

/** digest (the default): the manifest digests are equal. content: per platform, config digest and diff_ids are. */
export type Equality = 'digest' | 'content'

export const EQUALITY_MODES: readonly Equality[] = ['digest', 'content']

/** One line for every report: what was compared. */
export const EQUALITY_NOTE: Record<Equality, string> = {
  digest: 'digest (the image and per-platform manifest digests are compared)',
  content:
    'content (per platform, the config digest and the uncompressed layers, rootfs.diff_ids, are compared; compressed layer bytes and manifest digests are not)'
}

/** The finding when only the compression differs, as every report words it. */
export const SAME_CONTENT = 'same content (equal diff_ids and config), compressed bytes differ'

/** A platform's uncompressed content: its config blob (which lists the diff_ids) and the diff_ids themselves. */
export interface PlatformContent {
  platform: string
  config: string | null
  diffIds: string[] | null
}

/** Parses `--equality` / the equality input; anything else is a usage error. */
export function parseEquality(raw: string | undefined, what: string): Equality {
  const value = (raw ?? '').trim()
  if (value === '') return 'digest'
  const found = EQUALITY_MODES.find(m => m === value)
  if (found === undefined) {
    throw new BuildLabError(
      `${what} must be digest or content (got ${JSON.stringify(value)}): content compares the config and the uncompressed layers of each platform`
    )
  }
  return found
}

function contentKey(p: PlatformContent): string | null {
  if (p.config === null || p.diffIds === null) return null
  return `${p.config} ${p.diffIds.join(',')}`
}

/**
 * True when both images have the same platforms and each platform has the same config digest and
 * diff_ids. A platform whose config is unknown is never equal: nothing proves its content.
 */
export function sameContent(a: readonly PlatformContent[], b: readonly PlatformContent[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false
  return a.every(pa => {
    const pb = b.find(x => x.platform === pa.platform)
    const ka = contentKey(pa)
    return pb !== undefined && ka !== null && ka === contentKey(pb)
  })
}

/** The diff_ids of an image config. */
export function diffIdsOf(config: unknown): string[] {
  const rootfs = isRecord(config) && isRecord(config.rootfs) ? config.rootfs : {}
  return asArray(rootfs.diff_ids).map(d => (typeof d === 'string' ? d : ''))
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])

/**
 * Each platform's content in an image: follows the index (nested ones too) to the image manifests and
 * reads their configs. Attestation manifests (platform unknown/unknown) are left out.
 */
export async function imageContent(src: BlobSource): Promise<PlatformContent[]> {
  const out: PlatformContent[] = []
  const visit = async (descriptor: unknown, depth: number): Promise<void> => {
    if (!isRecord(descriptor) || typeof descriptor.digest !== 'string' || depth > 4) return
    const blob = await src.readJson(descriptor.digest)
    if (!isRecord(blob)) return
    const mediaType = typeof descriptor.mediaType === 'string' ? descriptor.mediaType : blob.mediaType
    if (typeof mediaType === 'string' && INDEX_TYPES.has(mediaType)) {
      for (const m of asArray(blob.manifests)) await visit(m, depth + 1)
      return
    }
    const config = isRecord(blob.config) && typeof blob.config.digest === 'string' ? blob.config.digest : null
    const configJson = config === null ? null : await src.readJson(config)
    const platform = platformName(descriptor.platform) ?? platformName(configJson)
    if (platform === null || platform.startsWith('unknown/')) return
    out.push({ platform, config, diffIds: configJson === null ? null : diffIdsOf(configJson) })
  }
  const top = await src.index()
  for (const m of isRecord(top) ? asArray(top.manifests) : []) await visit(m, 0)
  return out.sort((x, y) => (x.platform < y.platform ? -1 : x.platform > y.platform ? 1 : 0))
}
