// Why a rebuild's digest moved: base images first, then packages, then the engine, else the build itself.
import type { RecordedBase, RecordedEngine } from '../crossrunner/record.js'
import type { ImageDiff } from '../diff/types.js'
import { shortDigest } from '../report/format.js'
import { type BaseChange, diffBases } from './bases.js'
import { diffPackages, type PackageChange, type PackageList } from './packages.js'

export type DriftCause = 'none' | 'base-image' | 'packages' | 'engine' | 'nondeterministic'

/** One platform of one side, as the record or the registry gives it. */
export interface DriftPlatform {
  platform: string
  manifest: string
  config: string | null
  diffIds: string[] | null
  /** the layer blob digests, lowest first; null: unknown */
  layers: string[] | null
  /** null: not read (an older record, or the image's layers were out of reach) */
  packages: PackageList | null
  /** how many of the lowest layers came from the base image (from the config history); null: unknown */
  baseLayers: number | null
}

/** What is known of one build: the last recorded one, or the rebuild. */
export interface DriftSide {
  /** where it comes from, for the report: "record.json" or "registry 127.0.0.1:5000/app:1" */
  origin: string
  digest: string
  platforms: DriftPlatform[]
  /** null: not recorded (a record from before @2, or a published image) */
  bases: RecordedBase[] | null
  /** null: unknown (a published image) */
  engine: RecordedEngine | null
}

export interface EngineChange {
  field: keyof RecordedEngine
  from: string | null
  to: string | null
}

export interface PlatformPackageChanges {
  platform: string
  changes: PackageChange[]
}

export interface DriftVerdict {
  drifted: boolean
  cause: DriftCause
  /** one line: why */
  reason: string
  before: { origin: string; digest: string }
  after: { origin: string; digest: string }
  bases: BaseChange[]
  /** the base layers differ while no base digest is known (a published image, an older record) */
  baseLayersMoved: string[]
  packages: PlatformPackageChanges[]
  engine: EngineChange[]
  /** what could not be compared, and why */
  notes: string[]
  /** the image diagnosis between the two images, when the cause is the build itself and both images were at hand */
  diagnosis: ImageDiff | null
}

const ENGINE_FIELDS: Array<keyof RecordedEngine> = ['buildkit', 'buildx', 'docker', 'driver']

/** sha256:<12 hex>, as the reason line shows a digest. */
function shown(d: string | null): string {
  return d === null ? '(none)' : `sha256:${shortDigest(d)}`
}

function versions(c: PackageChange): string {
  return `${c.name} ${c.from ?? '(new)'} → ${c.to ?? '(removed)'}`
}

/** The platforms both sides built, paired. */
function pairs(before: DriftSide, after: DriftSide): Array<[DriftPlatform, DriftPlatform]> {
  const b = new Map(after.platforms.map(p => [p.platform, p]))
  return before.platforms.flatMap(p => {
    const q = b.get(p.platform)
    return q === undefined ? [] : [[p, q] as [DriftPlatform, DriftPlatform]]
  })
}

/**
 * Attributes a digest that moved, in the order of evidence: a base image digest moved (or, with no
 * digests recorded, the base layers differ); the installed packages moved; the engine changed; else the
 * build is nondeterministic. Every piece of evidence is kept, the cause is the first that holds.
 */
export function attributeDrift(
  before: DriftSide,
  after: DriftSide,
  diagnosis: ImageDiff | null = null
): DriftVerdict {
  const notes: string[] = []
  const common = {
    before: { origin: before.origin, digest: before.digest },
    after: { origin: after.origin, digest: after.digest },
    notes,
    diagnosis: null
  }
  const platformPairs = pairs(before, after)
  // A published index may carry attestations the rebuild leaves out: equal platform manifests are no drift.
  const samePlatforms =
    platformPairs.length > 0 &&
    platformPairs.length === before.platforms.length &&
    platformPairs.length === after.platforms.length &&
    platformPairs.every(([p, q]) => p.manifest === q.manifest)
  if (before.digest === after.digest || samePlatforms) {
    return {
      ...common,
      drifted: false,
      cause: 'none',
      reason: `the rebuild gives the recorded digest ${after.digest}`,
      bases: [],
      baseLayersMoved: [],
      packages: [],
      engine: []
    }
  }
  const bases = before.bases !== null && after.bases !== null ? diffBases(before.bases, after.bases) : []
  const baseLayersMoved: string[] = []
  if (before.bases === null || after.bases === null) {
    notes.push(
      `${before.bases === null ? before.origin : after.origin} names no base image digests: the base layers were compared instead`
    )
  }
  for (const [p, q] of platformPairs) {
    if (before.bases !== null && after.bases !== null) break
    const n = q.baseLayers ?? p.baseLayers
    // diff_ids when both configs were read, else the layer blobs (a registry's manifest names those).
    const [a, b] = p.diffIds !== null && q.diffIds !== null ? [p.diffIds, q.diffIds] : [p.layers, q.layers]
    if (n === null || a === null || b === null) continue
    if (a.slice(0, n).join() !== b.slice(0, n).join()) baseLayersMoved.push(p.platform)
  }
  const packages: PlatformPackageChanges[] = []
  for (const [p, q] of platformPairs) {
    if (p.packages === null || q.packages === null) {
      notes.push(
        `${p.platform}: the packages of ${p.packages === null ? before.origin : after.origin} were not read`
      )
      continue
    }
    if (p.packages.truncated || q.packages.truncated)
      notes.push(`${p.platform}: the package lists were cut at their bound`)
    const changes = diffPackages(p.packages, q.packages)
    if (changes.length > 0) packages.push({ platform: p.platform, changes })
  }
  const engine: EngineChange[] = []
  if (before.engine === null || after.engine === null) {
    notes.push(`${before.engine === null ? before.origin : after.origin} does not say which engine built it`)
  } else {
    for (const field of ENGINE_FIELDS) {
      const from = before.engine[field]
      const to = after.engine[field]
      if (from !== to && from !== null && to !== null) engine.push({ field, from, to })
    }
  }
  const evidence = { bases, baseLayersMoved, packages, engine }
  const moved = `the digest moved from ${shown(before.digest)} to ${shown(after.digest)}`
  if (bases.length > 0) {
    const list = bases.map(b => `${b.ref} ${shown(b.from)} → ${shown(b.to)}`).join(', ')
    return {
      ...common,
      ...evidence,
      drifted: true,
      cause: 'base-image',
      reason: `base image digest moved: ${list}`
    }
  }
  if (baseLayersMoved.length > 0) {
    return {
      ...common,
      ...evidence,
      drifted: true,
      cause: 'base-image',
      reason: `base image digest moved: the base image layers differ (${baseLayersMoved.join(', ')})`
    }
  }
  if (packages.length > 0) {
    const all = packages.flatMap(p => p.changes)
    const shown = all.slice(0, 5).map(versions).join(', ')
    const more = all.length > 5 ? ` and ${all.length - 5} more` : ''
    return {
      ...common,
      ...evidence,
      drifted: true,
      cause: 'packages',
      reason: `package versions moved: ${shown}${more}`
    }
  }
  if (engine.length > 0) {
    const list = engine.map(e => `${e.field} ${e.from ?? '?'} → ${e.to ?? '?'}`).join(', ')
    return { ...common, ...evidence, drifted: true, cause: 'engine', reason: `the engine changed: ${list}` }
  }
  return {
    ...common,
    ...evidence,
    diagnosis,
    drifted: true,
    cause: 'nondeterministic',
    reason: `${moved} with the same base images, packages and engine: the build is nondeterministic`
  }
}
