// Reads the digest and platform facts out of a buildx --metadata-file and an OCI index.
import { BuildLabError } from '../errors.js'
import { isRecord } from '../json.js'

export interface BuildMetadata {
  digest: string
  /** the platform of a single-platform image, e.g. linux/amd64 */
  platform: string | null
  configDigest: string | null
}

const DIGEST = /^sha256:[0-9a-f]{64}$/

export function platformName(value: unknown): string | null {
  if (!isRecord(value)) return null
  const { os, architecture, variant } = value
  if (typeof os !== 'string' || typeof architecture !== 'string') return null
  return typeof variant === 'string' && variant !== ''
    ? `${os}/${architecture}/${variant}`
    : `${os}/${architecture}`
}

/** Parses the text of a metadata file. Throws a BuildLabError when it holds no image digest. */
export function parseMetadata(text: string, origin = 'metadata file'): BuildMetadata {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new BuildLabError(
      `${origin} is not valid JSON: the build may have been interrupted; run the gate again`
    )
  }
  if (!isRecord(data)) throw new BuildLabError(`${origin} is not a JSON object`)
  const digest = data['containerimage.digest']
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw new BuildLabError(
      `${origin} has no containerimage.digest: the builder did not export an image (check that the output is type=oci)`
    )
  }
  const descriptor = data['containerimage.descriptor']
  const config = data['containerimage.config.digest']
  return {
    digest,
    platform: isRecord(descriptor) ? platformName(descriptor.platform) : null,
    configDigest: typeof config === 'string' && DIGEST.test(config) ? config : null
  }
}

export interface PlatformDigest {
  platform: string
  digest: string
}

/**
 * The per-platform manifests of an image index (the blob that index.json of the layout points to).
 * Attestation manifests (platform unknown/unknown) are left out.
 */
export function platformManifests(index: unknown): PlatformDigest[] {
  if (!isRecord(index) || !Array.isArray(index.manifests)) return []
  const out: PlatformDigest[] = []
  for (const m of index.manifests) {
    if (!isRecord(m) || typeof m.digest !== 'string') continue
    const platform = platformName(m.platform)
    if (platform === null || platform.startsWith('unknown/')) continue
    out.push({ platform, digest: m.digest })
  }
  return out
}

export const INDEX_MEDIA_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])

/** The descriptor of the image in an OCI layout's top-level index.json. */
export function layoutRoot(indexJson: unknown): { digest: string; mediaType: string } | null {
  if (!isRecord(indexJson) || !Array.isArray(indexJson.manifests)) return null
  const first: unknown = indexJson.manifests[0]
  if (!isRecord(first) || typeof first.digest !== 'string' || typeof first.mediaType !== 'string') return null
  return { digest: first.digest, mediaType: first.mediaType }
}
