// Installed-package databases (dpkg status, apk installed, node_modules package.json): parsed, bounded, and diffed.
import { isRecord } from '../json.js'

export type PackageManager = 'dpkg' | 'apk' | 'npm'

export interface InstalledPackage {
  manager: PackageManager
  /** dpkg: Package (":arch" appended for a foreign Multi-Arch: same package); apk: P; npm: name */
  name: string
  version: string
}

/** What an image's package databases hold, as a record keeps it. */
export interface PackageList {
  /** sorted by manager, name, version */
  packages: InstalledPackage[]
  /** the databases found, e.g. "var/lib/dpkg/status" or "node_modules (312 package.json)" */
  sources: string[]
  /** more packages than MAX_PACKAGES: the rest were left out */
  truncated: boolean
}

export interface PackageChange {
  manager: PackageManager
  name: string
  /** the versions before, joined with ", " when several copies are installed (npm); null: newly installed */
  from: string | null
  /** null: removed */
  to: string | null
}

/** A record keeps at most this many packages per platform. */
export const MAX_PACKAGES = 20_000
/** Longest name or version kept; a real one is well under 100 characters. */
const MAX_FIELD = 200
/** Largest dpkg status or apk installed file read; Debian's biggest images have a few MiB. */
export const MAX_DATABASE_BYTES = 64 * 1024 * 1024
/** Largest package.json read: a real one is a few KiB. */
export const MAX_PACKAGE_JSON_BYTES = 1024 * 1024

/** Image paths (as TarEntry writes them) of the databases that parsePackageFile reads. */
export function packageFileKind(path: string): 'dpkg' | 'dpkg-part' | 'apk' | 'npm' | null {
  if (path === 'var/lib/dpkg/status') return 'dpkg'
  // Distroless images keep one status paragraph per package here instead.
  if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums')) return 'dpkg-part'
  if (path === 'lib/apk/db/installed') return 'apk'
  if (/(^|\/)node_modules\/(@[^/]+\/)?[^/@.][^/]*\/package\.json$/.test(path)) return 'npm'
  return null
}

/** How many bytes of a file at `path` the package reader keeps; 0 for every other file. */
export function packageFileBytes(path: string, size: number): number {
  const kind = packageFileKind(path)
  if (kind === null) return 0
  const limit = kind === 'npm' ? MAX_PACKAGE_JSON_BYTES : MAX_DATABASE_BYTES
  return size <= limit ? size : 0
}

/** A field from an image: printable, one line, bounded. Empty when nothing printable is left. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  return s.length > MAX_FIELD ? s.slice(0, MAX_FIELD) : s
}

/** Splits a control file (dpkg status, apk installed) into paragraphs of field → value. */
function paragraphs(text: string, continuation: boolean): Map<string, string>[] {
  const out: Map<string, string>[] = []
  let current = new Map<string, string>()
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.size > 0) out.push(current)
      current = new Map()
      continue
    }
    if (continuation && /^[ \t]/.test(line)) continue
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon)
    if (!current.has(name)) current.set(name, line.slice(colon + 1).trim())
  }
  if (current.size > 0) out.push(current)
  return out
}

/** dpkg's status file: the packages whose Status ends in "installed". */
export function parseDpkgStatus(text: string): InstalledPackage[] {
  const out: InstalledPackage[] = []
  const archs = new Map<string, number>()
  const found = paragraphs(text, true).filter(p => /\binstalled$/.test(p.get('Status') ?? 'installed'))
  for (const p of found) {
    const name = p.get('Package')
    if (name !== undefined) archs.set(name, (archs.get(name) ?? 0) + 1)
  }
  for (const p of found) {
    const name = clean(p.get('Package') ?? '')
    const version = clean(p.get('Version') ?? '')
    if (name === '' || version === '') continue
    const arch = clean(p.get('Architecture') ?? '')
    // One name installed for two architectures (Multi-Arch: same) stays two packages.
    const shown = (archs.get(name) ?? 0) > 1 && arch !== '' ? `${name}:${arch}` : name
    out.push({ manager: 'dpkg', name: shown, version })
  }
  return out
}

/** apk's installed database: P: name, V: version, one paragraph per package. */
export function parseApkInstalled(text: string): InstalledPackage[] {
  const out: InstalledPackage[] = []
  for (const p of paragraphs(text, false)) {
    const name = clean(p.get('P') ?? '')
    const version = clean(p.get('V') ?? '')
    if (name !== '' && version !== '') out.push({ manager: 'apk', name, version })
  }
  return out
}

/** A node_modules package.json: its name and version, or null when it has none (or is not JSON). */
export function parsePackageJson(text: string): InstalledPackage | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(data) || typeof data.name !== 'string' || typeof data.version !== 'string') return null
  const name = clean(data.name)
  const version = clean(data.version)
  return name === '' || version === '' ? null : { manager: 'npm', name, version }
}

function compare(a: InstalledPackage, b: InstalledPackage): number {
  if (a.manager !== b.manager) return a.manager < b.manager ? -1 : 1
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  return a.version < b.version ? -1 : a.version > b.version ? 1 : 0
}

/** One sorted list without duplicates, cut at MAX_PACKAGES. */
export function packageList(packages: InstalledPackage[], sources: string[]): PackageList {
  const sorted = [...packages].sort(compare)
  const unique = sorted.filter((p, i) => i === 0 || compare(p, sorted[i - 1]!) !== 0)
  return {
    packages: unique.slice(0, MAX_PACKAGES),
    sources: [...sources].sort(),
    truncated: unique.length > MAX_PACKAGES
  }
}

function versionsByName(list: PackageList): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const p of list.packages) {
    const key = `${p.manager}\u0000${p.name}`
    out.set(key, [...(out.get(key) ?? []), p.version])
  }
  return out
}

/** The packages whose installed versions differ between two lists, sorted by manager and name. */
export function diffPackages(before: PackageList, after: PackageList): PackageChange[] {
  const a = versionsByName(before)
  const b = versionsByName(after)
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort()
  const changes: PackageChange[] = []
  for (const key of keys) {
    const from = a.get(key)?.join(', ') ?? null
    const to = b.get(key)?.join(', ') ?? null
    if (from === to) continue
    const [manager, name = ''] = key.split('\u0000')
    if (manager !== 'dpkg' && manager !== 'apk' && manager !== 'npm') continue
    changes.push({ manager, name, from, to })
  }
  return changes
}

/** Validates a package list read back from a record; null when it is not one. */
export function asPackageList(value: unknown): PackageList | null {
  if (!isRecord(value) || !Array.isArray(value.packages) || !Array.isArray(value.sources)) return null
  if (typeof value.truncated !== 'boolean') return null
  const packages: InstalledPackage[] = []
  for (const p of value.packages.slice(0, MAX_PACKAGES)) {
    if (!isRecord(p) || typeof p.name !== 'string' || typeof p.version !== 'string') return null
    if (p.manager !== 'dpkg' && p.manager !== 'apk' && p.manager !== 'npm') return null
    packages.push({ manager: p.manager, name: clean(p.name), version: clean(p.version) })
  }
  const sources = value.sources.filter((s): s is string => typeof s === 'string').map(clean)
  return { packages, sources, truncated: value.truncated || value.packages.length > MAX_PACKAGES }
}
