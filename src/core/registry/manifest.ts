// Registry manifests read from hostile JSON: OCI/Docker indexes and image manifests, platforms and image configs.
import { isRecord } from '../json.js'
import { isDigest } from './reference.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

/** The Accept header for a manifest request: every kind this tool reads, indexes first. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest
].join(', ')

const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]
const IMAGE_TYPES: readonly string[] = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]

export interface Platform {
  os: string
  architecture: string
  variant: string | null
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform: Platform | null
}

export type Manifest =
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] }
  | { kind: 'image'; mediaType: string; config: Descriptor; layers: Descriptor[] }

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType)
}

export function isManifestMediaType(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType) || IMAGE_TYPES.includes(mediaType)
}

function record(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function platformOf(value: unknown): Platform | null {
  const p = record(value)
  if (p === null) return null
  const os = str(p['os'])
  const architecture = str(p['architecture'])
  if (os === null || architecture === null) return null
  return { os, architecture, variant: str(p['variant']) }
}

function descriptorOf(value: unknown, where: string): Descriptor | string {
  const d = record(value)
  if (d === null) return `${where} is not an object`
  const digest = str(d['digest'])
  if (digest === null || !isDigest(digest)) return `${where} has no valid digest`
  const size = d['size']
  return {
    mediaType: str(d['mediaType']) ?? '',
    digest,
    size: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : 0,
    platform: platformOf(d['platform'])
  }
}

/**
 * Reads a manifest body. The media type comes from the body, else from the Content-Type header;
 * a body that is neither an index nor an image manifest is a one-line reason.
 */
export function parseManifest(body: string, contentType: string | null): Manifest | string {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return 'the manifest is not JSON'
  }
  const m = record(json)
  if (m === null) return 'the manifest is not a JSON object'
  const header = contentType?.split(';')[0]?.trim() ?? ''
  const mediaType = str(m['mediaType']) ?? header
  if (Array.isArray(m['manifests']) && (mediaType === '' || isIndexMediaType(mediaType))) {
    const manifests: Descriptor[] = []
    for (const [i, entry] of m['manifests'].entries()) {
      const d = descriptorOf(entry, `manifests[${i}]`)
      if (typeof d === 'string') return `the index's ${d}`
      manifests.push(d)
    }
    return { kind: 'index', mediaType: mediaType || MEDIA_TYPES.ociIndex, manifests }
  }
  if (m['config'] !== undefined && (mediaType === '' || IMAGE_TYPES.includes(mediaType))) {
    const config = descriptorOf(m['config'], 'config')
    if (typeof config === 'string') return `the manifest's ${config}`
    const layers: Descriptor[] = []
    for (const [i, entry] of (Array.isArray(m['layers']) ? m['layers'] : []).entries()) {
      const d = descriptorOf(entry, `layers[${i}]`)
      if (typeof d === 'string') return `the manifest's ${d}`
      layers.push(d)
    }
    return { kind: 'image', mediaType: mediaType || MEDIA_TYPES.ociManifest, config, layers }
  }
  return `unsupported manifest type ${JSON.stringify(mediaType.slice(0, 100))}: expected an OCI or Docker v2 index or manifest`
}

const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386'
}

/** `linux/arm64/v8` → a platform, or a one-line reason. */
export function parsePlatform(text: string): Platform | string {
  const parts = text.trim().toLowerCase().split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some(p => !/^[a-z0-9_.-]+$/.test(p))) {
    return `--platform ${JSON.stringify(text)} is not os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`
  }
  return { os: parts[0]!, architecture: parts[1]!, variant: parts[2] ?? null }
}

/** Normalises as containerd does: arch aliases, arm64's default variant v8, arm's v7. */
function normalise(p: Platform): Platform {
  const architecture = ARCH_ALIASES[p.architecture.toLowerCase()] ?? p.architecture.toLowerCase()
  let variant = p.variant === null || p.variant === '' ? null : p.variant.toLowerCase()
  if (architecture === 'arm64' && variant === null) variant = 'v8'
  if (architecture === 'arm' && variant === null) variant = 'v7'
  return { os: p.os.toLowerCase(), architecture, variant }
}

export function platformString(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant === null || p.variant === '' ? '' : `/${p.variant}`}`
}

export function samePlatform(a: Platform, b: Platform): boolean {
  const x = normalise(a)
  const y = normalise(b)
  return x.os === y.os && x.architecture === y.architecture && x.variant === y.variant
}

/** Attestation manifests (BuildKit's provenance/SBOM) carry the platform unknown/unknown. */
function isImageEntry(d: Descriptor): d is Descriptor & { platform: Platform } {
  return d.platform !== null && d.platform.os !== 'unknown' && d.platform.architecture !== 'unknown'
}

/** The platforms an index offers, attestations left out, as `os/arch[/variant]`. */
export function indexPlatforms(manifests: readonly Descriptor[]): string[] {
  return manifests.filter(isImageEntry).map(d => platformString(d.platform))
}

/**
 * The index entry for a platform; with none asked for, linux/amd64 when there, else the first image
 * entry. null when there is no such entry.
 */
export function selectPlatform(manifests: readonly Descriptor[], want: Platform | null): Descriptor | null {
  const images = manifests.filter(isImageEntry)
  if (want !== null) return images.find(d => samePlatform(d.platform, want)) ?? null
  const amd64: Platform = { os: 'linux', architecture: 'amd64', variant: null }
  return images.find(d => samePlatform(d.platform, amd64)) ?? images[0] ?? null
}

/** What the image config says about itself: when it was made (hostile text, shown escaped) and for which platform. */
export interface ImageConfigSummary {
  created: string | null
  platform: Platform | null
  /** the config carries BuildKit's inline cache metadata (`--cache-to type=inline`) */
  inlineCache: boolean
}

/** Where `--cache-to type=inline` puts its cache metadata in the image config. */
export const INLINE_CACHE_KEY = 'moby.buildkit.cache.v0'

export function parseImageConfig(body: string): ImageConfigSummary | string {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return 'the image config is not JSON'
  }
  const c = record(json)
  if (c === null) return 'the image config is not a JSON object'
  const created = str(c['created'])
  return {
    created: created === null ? null : created.slice(0, 100),
    platform: platformOf(c),
    inlineCache: c[INLINE_CACHE_KEY] !== undefined
  }
}
