// Checks a BuildKit local cache directory (OCI layout) before it is trusted, and measures it.

import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../core/errors.js'

export type LocalCacheCheck = { ok: true; sizeBytes: number } | { ok: false; reason: string }

interface Descriptor {
  mediaType: string
  digest: string
  size: number
}

/** Descriptors are followed this deep (index.json → cache manifest list → layers and config). */
const MAX_DEPTH = 4
/** JSON blobs above this size are only size-checked, not hashed and parsed. */
const MAX_JSON_BYTES = 16 * 1024 * 1024

/**
 * A restored cache is trusted only when `oci-layout` and `index.json` parse and every blob
 * they reach exists with its recorded size; JSON blobs are hashed too. A tar that extracted
 * partly, or an archive garbled in transit, fails here instead of failing the build.
 */
export async function checkLocalCache(dir: string): Promise<LocalCacheCheck> {
  try {
    const layout = parseObject(await readFile(path.join(dir, 'oci-layout'), 'utf8'), 'oci-layout')
    if (typeof layout['imageLayoutVersion'] !== 'string') return bad('oci-layout has no imageLayoutVersion')
    const index = parseObject(await readFile(path.join(dir, 'index.json'), 'utf8'), 'index.json')
    const manifests = descriptorsOf(index)
    if (manifests.length === 0) return bad('index.json lists no manifests')
    for (const descriptor of manifests) await checkDescriptor(dir, descriptor, 1)
    return { ok: true, sizeBytes: await directorySize(dir) }
  } catch (error) {
    return bad(errorMessage(error))
  }
}

/** The text of `index.json`, or null when the directory has none. */
export async function readIndex(dir: string): Promise<string | null> {
  try {
    return await readFile(path.join(dir, 'index.json'), 'utf8')
  } catch {
    return null
  }
}

/** Bytes of all regular files below `dir`; 0 when it does not exist. */
export async function directorySize(dir: string): Promise<number> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  let total = 0
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) total += await directorySize(full)
    else if (entry.isFile()) total += (await lstat(full)).size
  }
  return total
}

async function checkDescriptor(dir: string, descriptor: Descriptor, depth: number): Promise<void> {
  const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(descriptor.digest)
  if (match === null) throw new Error(`unsupported digest ${descriptor.digest}`)
  const [, algorithm = '', hex = ''] = match
  const blob = path.join(dir, 'blobs', algorithm, hex)
  let size: number
  try {
    size = (await stat(blob)).size
  } catch {
    throw new Error(`blob ${descriptor.digest} is missing`)
  }
  if (size !== descriptor.size) {
    throw new Error(`blob ${descriptor.digest} has ${size} bytes, expected ${descriptor.size}`)
  }
  if (!isJson(descriptor.mediaType) || size > MAX_JSON_BYTES) return
  const bytes = await readFile(blob)
  const actual = createHash(algorithm).update(bytes).digest('hex')
  if (actual !== hex) throw new Error(`blob ${descriptor.digest} does not match its digest`)
  // The cache config is JSON too, but its `layers` are BuildKit records, not descriptors.
  if (depth >= MAX_DEPTH || !/index|manifest/.test(descriptor.mediaType)) return
  const children = descriptorsOf(parseObject(bytes.toString('utf8'), descriptor.digest))
  for (const child of children) await checkDescriptor(dir, child, depth + 1)
}

function isJson(mediaType: string): boolean {
  return mediaType.endsWith('+json') || mediaType === 'application/vnd.buildkit.cacheconfig.v0'
}

/** The descriptors an OCI index or manifest points to: manifests, config and layers. */
function descriptorsOf(document: Record<string, unknown>): Descriptor[] {
  const found: unknown[] = []
  for (const field of ['manifests', 'layers']) {
    const list = document[field]
    if (Array.isArray(list)) found.push(...list)
  }
  if (document['config'] !== undefined) found.push(document['config'])
  return found.map(item => {
    if (!isDescriptor(item)) throw new Error(`malformed descriptor ${JSON.stringify(item)}`)
    return item
  })
}

function isDescriptor(item: unknown): item is Descriptor {
  if (typeof item !== 'object' || item === null) return false
  const { mediaType, digest, size } = item as Record<string, unknown>
  return typeof mediaType === 'string' && typeof digest === 'string' && typeof size === 'number'
}

function parseObject(text: string, name: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error(`${name} is not valid JSON`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${name} is not a JSON object`)
  }
  return value as Record<string, unknown>
}

function bad(reason: string): LocalCacheCheck {
  return { ok: false, reason }
}
