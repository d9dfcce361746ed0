// Streams an image's layers, lowest first, and reads the package databases left in its final filesystem.
import { asArray, isRecord } from '../json.js'
import { decompressLayer } from '../diff/layer-stream.js'
import { readTarEntries } from '../diff/tar-stream.js'
import type { BlobSource } from '../diff/types.js'
import { BuildLabError } from '../errors.js'
import {
  type InstalledPackage,
  MAX_PACKAGES,
  type PackageList,
  packageFileBytes,
  packageFileKind,
  packageList,
  parseApkInstalled,
  parseDpkgStatus,
  parsePackageJson
} from './packages.js'

/** Bytes of database files held at once (the last copy of each path wins); beyond it the image is refused. */
const MAX_HELD_BYTES = 256 * 1024 * 1024

interface Held {
  kind: NonNullable<ReturnType<typeof packageFileKind>>
  /** dpkg and apk databases are parsed at the end; a package.json at once */
  text: string | null
  npm: InstalledPackage | null
  bytes: number
}

function parent(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Removes `path` and everything under it. */
function remove(files: Map<string, Held>, path: string): void {
  const prefix = path === '' ? '' : `${path}/`
  for (const key of [...files.keys()]) if (key === path || key.startsWith(prefix)) files.delete(key)
}

/**
 * The packages installed in the image whose manifest is `manifestDigest`: each layer in order, whiteouts
 * (`.wh.name`, `.wh..wh..opq`) applied, so a package database a later layer removed or replaced counts as
 * the later layer left it. Only the database files are kept, each within its size bound.
 */
export async function readImagePackages(
  src: BlobSource,
  manifestDigest: string,
  label: string,
  onNote: (note: string) => void = () => undefined
): Promise<PackageList> {
  const manifest = await src.readJson(manifestDigest)
  if (!isRecord(manifest) || !Array.isArray(manifest.layers)) {
    throw new BuildLabError(`${label}: ${manifestDigest} is not an image manifest`)
  }
  const files = new Map<string, Held>()
  const layers = asArray(manifest.layers)
  for (const [k, layer] of layers.entries()) {
    if (!isRecord(layer) || typeof layer.digest !== 'string') continue
    const mediaType = typeof layer.mediaType === 'string' ? layer.mediaType : ''
    const layerLabel = `layer ${k} (${layer.digest}) of ${label}`
    // Only paths that hold a tracked file, or one of its directories, can remove anything: the rest of a
    // layer's whiteouts are not kept, so a layer of a million whiteouts costs no memory.
    const tracked = new Set<string>()
    for (const path of files.keys()) {
      for (let p = path; p !== ''; p = parent(p)) tracked.add(p)
    }
    const whiteouts: string[] = []
    const whiteout = (path: string, opaque: boolean): void => {
      if (tracked.has(path)) whiteouts.push(opaque ? `${path}/` : path)
    }
    const added = new Map<string, Held>()
    const entries = readTarEntries(decompressLayer(src.open(layer.digest), mediaType, layerLabel, onNote), {
      sampleFor: packageFileBytes,
      label: layerLabel
    })
    for await (const e of entries) {
      const name = base(e.path)
      if (name === '.wh..wh..opq') {
        whiteout(parent(e.path), true)
        continue
      }
      if (name.startsWith('.wh.')) {
        const dir = parent(e.path)
        whiteout(dir === '' ? name.slice(4) : `${dir}/${name.slice(4)}`, false)
        continue
      }
      const kind = e.type === 'file' ? packageFileKind(e.path) : null
      // A link, a device, or a file that is no database replaces whatever a lower layer had at the path;
      // a directory replaces a file there.
      if (kind === null) {
        if (e.type !== 'dir' || files.has(e.path)) whiteout(e.path, false)
        continue
      }
      if (e.sample === undefined || e.sample.length !== e.size) {
        onNote(`${label}: ${e.path} is over its size bound and was not read`)
        added.delete(e.path)
        continue
      }
      const text = Buffer.from(e.sample).toString('utf8')
      const held: Held =
        kind === 'npm'
          ? { kind, text: null, npm: parsePackageJson(text), bytes: 0 }
          : { kind, text, npm: null, bytes: e.size }
      added.set(e.path, held)
    }
    for (const w of whiteouts) {
      if (w.endsWith('/')) remove(files, w.slice(0, -1))
      else remove(files, w)
    }
    for (const [path, held] of added) files.set(path, held)
    const heldBytes = [...files.values()].reduce((n, h) => n + h.bytes, 0)
    if (heldBytes > MAX_HELD_BYTES) {
      throw new BuildLabError(
        `${label} holds more than ${MAX_HELD_BYTES / 1024 / 1024} MiB of package databases: it is not a real image`
      )
    }
    if (files.size > MAX_PACKAGES * 5) {
      throw new BuildLabError(
        `${label} holds more than ${MAX_PACKAGES * 5} package.json files under node_modules`
      )
    }
  }
  const packages: InstalledPackage[] = []
  const sources: string[] = []
  let npmFiles = 0
  for (const [path, held] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (held.kind === 'npm') {
      npmFiles++
      if (held.npm !== null) packages.push(held.npm)
      continue
    }
    const text = held.text ?? ''
    packages.push(...(held.kind === 'apk' ? parseApkInstalled(text) : parseDpkgStatus(text)))
    if (held.kind !== 'dpkg-part') sources.push(path)
  }
  if ([...files.values()].some(h => h.kind === 'dpkg-part')) sources.push('var/lib/dpkg/status.d')
  if (npmFiles > 0) sources.push(`node_modules (${npmFiles} package.json)`)
  return packageList(packages, sources)
}
