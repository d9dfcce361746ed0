// One side of a drift comparison read from an image: each platform's manifest, config, diff_ids and base layers.
import { INDEX_MEDIA_TYPES, layoutRoot, platformName } from '../build/metadata.js'
import { historyOf } from '../diff/config-diff.js'
import { asArray, isRecord } from '../json.js'
import { layerOrigins, mapHistory } from '../diff/provenance.js'
import type { BlobSource } from '../diff/types.js'
import { diffIdsOf } from '../equality.js'
import { BuildLabError } from '../errors.js'
import type { DriftPlatform } from './attribute.js'

/** Platforms of one index read; a real multi-platform image has a handful. */
const MAX_PLATFORMS = 64

/** How many of the image's lowest layers its base image gave (BuildKit's history marks them); null: unknown. */
export function baseLayerCount(config: unknown, layerCount: number): number | null {
  const origins = layerOrigins(mapHistory(historyOf(config)), layerCount)
  if (origins.length !== layerCount || layerCount === 0) return null
  let n = 0
  while (n < origins.length && origins[n]!.base) n++
  return n
}

/**
 * The platforms of the image an OCI layout index (or a registry source shaped like one) names, without
 * packages: they are read separately, from the layers.
 */
export async function imagePlatforms(src: BlobSource, label: string): Promise<DriftPlatform[]> {
  const root = layoutRoot(await src.index())
  if (root === null) throw new BuildLabError(`${label} lists no image`)
  const manifests: Array<{ digest: string; platform: string | null }> = []
  if (INDEX_MEDIA_TYPES.has(root.mediaType)) {
    const index = await src.readJson(root.digest)
    for (const m of asArray(isRecord(index) ? index.manifests : undefined).slice(0, MAX_PLATFORMS)) {
      if (!isRecord(m) || typeof m.digest !== 'string') continue
      const name = platformName(m.platform)
      // Attestation manifests carry unknown/unknown.
      if (name !== null && name.startsWith('unknown/')) continue
      manifests.push({ digest: m.digest, platform: name })
    }
  } else {
    manifests.push({ digest: root.digest, platform: null })
  }
  const out: DriftPlatform[] = []
  for (const m of manifests) {
    const manifest = await src.readJson(m.digest)
    const configDigest =
      isRecord(manifest) && isRecord(manifest.config) && typeof manifest.config.digest === 'string'
        ? manifest.config.digest
        : null
    const config = configDigest === null ? null : await src.readJson(configDigest)
    const layerList = asArray(isRecord(manifest) ? manifest.layers : undefined).map(l =>
      isRecord(l) && typeof l.digest === 'string' ? l.digest : ''
    )
    const layers = layerList.length
    const platform = m.platform ?? platformName(config) ?? 'unknown'
    out.push({
      platform,
      manifest: m.digest,
      config: configDigest,
      diffIds: config === null ? null : diffIdsOf(config),
      layers: layerList,
      packages: null,
      baseLayers: config === null ? null : baseLayerCount(config, layers)
    })
  }
  return out.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
}
