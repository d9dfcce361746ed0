// Cross-runner records: their schema, artifact names, the verdict over N runners, and its summary rows.
import type { BuildIdentity } from '../build/identity.js'
import { CAUSE_HINTS, compressionHint } from '../diff/cause.js'
import { diffIdsOf, type Equality, EQUALITY_NOTE, SAME_CONTENT } from '../equality.js'
import { historyOf } from '../diff/config-diff.js'
import { asArray, isRecord } from '../json.js'
import { CAUSE_ORDER, diffImages } from '../diff/image-diff.js'
import { layerOrigins, mapHistory } from '../diff/provenance.js'
import type { BlobSource, Cause, DiffOptions, ImageDiff, LayerDiff } from '../diff/types.js'
import { BuildLabError } from '../errors.js'
import { escapeMarkdown, formatDuration, inlineCode, shortDigest } from '../report/format.js'
import { asPackageList, type PackageList } from '../drift/packages.js'

/** The schema records are written with: @2 adds the base images (bases) and each platform's packages. */
export const RECORD_SCHEMA = 'build-lab/cross-runner-record@2'
/** The schemas parseRecord reads: @1 records lack bases and packages, which read as absent. */
const READ_SCHEMAS: readonly string[] = ['build-lab/cross-runner-record@1', RECORD_SCHEMA]
export const DEFAULT_RECORD_PREFIX = 'build-lab-record'

/** Where a record was built: the label names the runner in artifact names and summary rows. */
export interface RunnerIdentity {
  label: string
  /** RUNNER_OS, e.g. Linux */
  os: string
  /** RUNNER_ARCH, e.g. X64 or ARM64 */
  arch: string
  /** RUNNER_NAME */
  name: string
  /** ImageOS and ImageVersion of a hosted runner, e.g. "ubuntu24 20250105.1"; empty elsewhere */
  image: string
}

/** The workflow run a record belongs to; compare accepts records of its own run only. */
export interface WorkflowIdentity {
  runId: string
  runAttempt: string
  repository: string
  workflow: string
  job: string
  sha: string
}

/** What was built. Every record of one comparison must describe the same build. */
/** The build identity, and what else makes a cross-runner comparison fair. */
export interface RecordedBuild extends BuildIdentity {
  epoch: number
  network: string
  provenance: boolean
}

export interface RecordedPlatform {
  platform: string
  /** the platform's image manifest digest */
  manifest: string
  /** the image config digest, when the layout held the manifest */
  config: string | null
  /** the config's rootfs.diff_ids (the uncompressed layers); null in records that predate them */
  diffIds?: string[] | null
  /** the installed packages (dpkg, apk, node_modules) read from the image; null: not read; absent in @1 */
  packages?: PackageList | null
}

/** A base image as the build resolved it (its FROM vertex): a tag and the digest it pointed to. */
export interface RecordedBase {
  /** the reference without the digest, as BuildKit names it (docker.io/library/debian:bookworm) */
  ref: string
  digest: string
  /** the platform prefix of a multi-platform build, else null */
  platform: string | null
}

export interface RecordedEngine {
  docker: string | null
  buildx: string | null
  buildkit: string | null
  driver: string | null
}

export interface RecordedImage {
  /** true when the artifact carries the whole OCI image as image.tar */
  uploaded: boolean
  /** the size of the OCI layout, when the build produced one */
  bytes: number | null
  /** why the image was not uploaded */
  note: string | null
}

export interface CrossRunnerRecord {
  schema: typeof RECORD_SCHEMA
  runner: RunnerIdentity
  workflow: WorkflowIdentity
  build: RecordedBuild
  /** containerimage.digest; null when the build failed */
  digest: string | null
  platforms: RecordedPlatform[]
  /** the build's error, when it failed */
  error: string | null
  durationMs: number
  startedAt: string
  engine: RecordedEngine
  image: RecordedImage
  /** the base images the build resolved; absent in @1 records */
  bases?: RecordedBase[]
}

/** File names inside a record artifact. */
export const RecordFiles = {
  Record: 'record.json',
  Layout: 'layout',
  ImageTar: 'image.tar',
  Dockerfile: 'Dockerfile'
} as const

const DIGEST = /^sha256:[0-9a-f]{64}$/

/** Artifact names may not hold " : < > | * ? \ / or line breaks; keep them plain and short. */
function nameSegment(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
}

/** The label a runner gets when none is given: hosted image and arch (ubuntu24-x64), else os and arch. */
export function defaultRunnerLabel(runner: Pick<RunnerIdentity, 'os' | 'arch'>, imageOs: string): string {
  const base = imageOs.trim() !== '' ? imageOs : runner.os
  return nameSegment(`${base}-${runner.arch}`) || 'runner'
}

/** The artifact one runner uploads: <prefix>-<label>, e.g. build-lab-record-ubuntu-24.04-arm. */
export function recordArtifactName(prefix: string, label: string): string {
  const p = nameSegment(prefix)
  const l = nameSegment(label)
  if (p === '') throw new BuildLabError(`record-prefix ${JSON.stringify(prefix)} has no letters or digits`)
  if (l === '') {
    throw new BuildLabError(
      `runner-label ${JSON.stringify(label)} has no letters or digits: give each matrix job a label such as \${{ matrix.runner }}`
    )
  }
  return `${p}-${l}`
}

/** True when an artifact name belongs to records with this prefix. */
export function isRecordArtifact(prefix: string, artifactName: string): boolean {
  return artifactName.startsWith(`${nameSegment(prefix)}-`)
}

function field<T>(
  obj: Record<string, unknown>,
  key: string,
  where: string,
  check: (v: unknown) => v is T,
  what: string
): T {
  const v = obj[key]
  if (!check(v)) throw new BuildLabError(`${where}: ${key} must be ${what}`)
  return v
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v)
const isDigest = (v: unknown): v is string => typeof v === 'string' && DIGEST.test(v)
const isDigestOrNull = (v: unknown): v is string | null => v === null || isDigest(v)
const isDigestList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isDigest)
const isDigestListOrAbsent = (v: unknown): v is string[] | null | undefined =>
  v === undefined || v === null || isDigestList(v)
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString)
const isObject = (v: unknown): v is Record<string, unknown> => isRecord(v)

/** More FROMs than any real Dockerfile has. */
const MAX_BASES = 1000
const isBaseList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= MAX_BASES

/** Validates a parsed record.json. Throws one BuildLabError that names the artifact and the bad field. */
export function parseRecord(data: unknown, origin: string): CrossRunnerRecord {
  if (!isRecord(data)) throw new BuildLabError(`${origin} is not a build-lab record (not a JSON object)`)
  if (typeof data.schema !== 'string' || !READ_SCHEMAS.includes(data.schema)) {
    throw new BuildLabError(
      `${origin} is not a ${RECORD_SCHEMA} record (schema ${JSON.stringify(data.schema ?? null)}): record and compare jobs must use the same build-lab version`
    )
  }
  // The string fields of one object-valued section, each named in an error as `<origin> <section>: key`.
  const section = (name: string) => {
    const obj = field(data, name, origin, isObject, 'an object')
    return (key: string): string => field(obj, key, `${origin} ${name}`, isString, 'a string')
  }
  const r = section('runner')
  const runner: RunnerIdentity = {
    label: r('label'),
    os: r('os'),
    arch: r('arch'),
    name: r('name'),
    image: r('image')
  }
  const wf = section('workflow')
  const workflow: WorkflowIdentity = {
    runId: wf('runId'),
    runAttempt: wf('runAttempt'),
    repository: wf('repository'),
    workflow: wf('workflow'),
    job: wf('job'),
    sha: wf('sha')
  }
  const b = field(data, 'build', origin, isObject, 'an object')
  const w = `${origin} build`
  const build: RecordedBuild = {
    context: field(b, 'context', w, isString, 'a string'),
    dockerfile: field(b, 'dockerfile', w, isString, 'a string'),
    target: field(b, 'target', w, isStringOrNull, 'a string or null'),
    platforms: field(b, 'platforms', w, isStringList, 'a list of strings'),
    buildArgs: field(b, 'buildArgs', w, isStringList, 'a list of strings'),
    epoch: field(b, 'epoch', w, isNumber, 'a number'),
    network: field(b, 'network', w, isString, 'a string'),
    provenance: field(b, 'provenance', w, isBoolean, 'true or false')
  }
  const platforms = field(data, 'platforms', origin, Array.isArray, 'a list').map((p: unknown, i) => {
    const where = `${origin} platforms[${i}]`
    if (!isRecord(p)) throw new BuildLabError(`${where} must be an object`)
    const diffIds = field(p, 'diffIds', where, isDigestListOrAbsent, 'a list of sha256 digests or null')
    const packages = p.packages === undefined || p.packages === null ? p.packages : asPackageList(p.packages)
    if (packages === null && p.packages !== null) {
      throw new BuildLabError(`${where}: packages must be a package list or null`)
    }
    return {
      platform: field(p, 'platform', where, isString, 'a string'),
      manifest: field(p, 'manifest', where, isDigest, 'a sha256 digest'),
      config: field(p, 'config', where, isDigestOrNull, 'a sha256 digest or null'),
      ...(diffIds !== undefined ? { diffIds } : {}),
      ...(packages !== undefined ? { packages } : {})
    }
  })
  const bases =
    data.bases === undefined
      ? undefined
      : field(data, 'bases', origin, isBaseList, `a list of at most ${MAX_BASES} base images`).map(
          (b: unknown, i) => {
            const where = `${origin} bases[${i}]`
            if (!isRecord(b)) throw new BuildLabError(`${where} must be an object`)
            return {
              ref: field(b, 'ref', where, isString, 'a string'),
              digest: field(b, 'digest', where, isDigest, 'a sha256 digest'),
              platform: field(b, 'platform', where, isStringOrNull, 'a string or null')
            }
          }
        )
  const e = field(data, 'engine', origin, isObject, 'an object')
  const img = field(data, 'image', origin, isObject, 'an object')
  const record: CrossRunnerRecord = {
    schema: RECORD_SCHEMA,
    runner,
    workflow,
    build,
    digest: field(data, 'digest', origin, isDigestOrNull, 'a sha256 digest or null'),
    platforms,
    error: field(data, 'error', origin, isStringOrNull, 'a string or null'),
    durationMs: field(data, 'durationMs', origin, isNumber, 'a number'),
    startedAt: field(data, 'startedAt', origin, isString, 'a string'),
    engine: {
      docker: field(e, 'docker', `${origin} engine`, isStringOrNull, 'a string or null'),
      buildx: field(e, 'buildx', `${origin} engine`, isStringOrNull, 'a string or null'),
      buildkit: field(e, 'buildkit', `${origin} engine`, isStringOrNull, 'a string or null'),
      driver: field(e, 'driver', `${origin} engine`, isStringOrNull, 'a string or null')
    },
    image: {
      uploaded: field(img, 'uploaded', `${origin} image`, isBoolean, 'true or false'),
      bytes: field(img, 'bytes', `${origin} image`, isNumberOrNull, 'a number or null'),
      note: field(img, 'note', `${origin} image`, isStringOrNull, 'a string or null')
    },
    ...(bases !== undefined ? { bases } : {})
  }
  if (record.error === null && (record.digest === null || record.platforms.length === 0)) {
    throw new BuildLabError(`${origin} has neither an image digest with its platforms nor a build error`)
  }
  return record
}

/** One platform's digests across the runners that built it. */
export interface PlatformAgreement {
  platform: string
  /** the digest most runners agree on (ties: the first runner by label) */
  reference: string
  /** runner label → manifest digest */
  digests: Record<string, string>
  /** false when only one runner built this platform, so nothing was compared */
  compared: boolean
  /** equal under the comparison's equality: the manifest digests, or with content the config and diff_ids */
  equal: boolean
  /** the manifests differ but every runner's config digest and diff_ids are equal */
  sameContent: boolean
}

export type RowStatus = 'match' | 'differs' | 'failed' | 'alone'

export interface RunnerRow {
  label: string
  os: string
  arch: string
  image: string
  digest: string | null
  /** platform → manifest digest */
  platforms: Record<string, string>
  durationMs: number
  engine: RecordedEngine
  imageUploaded: boolean
  status: RowStatus
  /** for failed: the build error; for differs: the platforms that differ */
  note: string | null
}

/** Two runners whose images the diagnosis should compare. */
export interface MismatchPair {
  reference: string
  other: string
  platforms: string[]
}

export interface CrossRunnerResult {
  reproducible: boolean
  /** one line: why */
  reason: string
  /** the digest every runner agrees on; null when they do not agree or built different platforms */
  digest: string | null
  build: RecordedBuild
  rows: RunnerRow[]
  platforms: PlatformAgreement[]
  mismatches: MismatchPair[]
  /** things the reader should know (platforms only one runner built) */
  notes: string[]
  /** what counted as the same image */
  equality: Equality
  /** some platform's manifests differ while its content (config digest and diff_ids) is the same */
  sameContent: boolean
}

export interface CompareExpectations {
  /** GITHUB_RUN_ID of the compare job */
  runId: string
  /** runner labels that must each have a record; empty: whatever was recorded, at least two */
  runners: string[]
  /** what counts as the same image (default digest) */
  equality?: Equality
}

function describeBuild(b: RecordedBuild): string {
  const parts = [`context ${b.context}`, `file ${b.dockerfile}`, `target ${b.target ?? '(last stage)'}`]
  parts.push(`platforms ${b.platforms.length > 0 ? b.platforms.join(',') : '(native)'}`)
  parts.push(`epoch ${b.epoch}`)
  if (b.buildArgs.length > 0) parts.push(`build-args ${b.buildArgs.join(' ')}`)
  return parts.join(', ')
}

const BUILD_FIELDS: Array<[keyof RecordedBuild, string]> = [
  ['context', 'context'],
  ['dockerfile', 'file'],
  ['target', 'target'],
  ['platforms', 'platforms'],
  ['buildArgs', 'build-args'],
  ['epoch', 'epoch'],
  ['network', 'network'],
  ['provenance', 'provenance']
]

/** The build settings (as their flag names) in which two records differ. */
export function buildDifferences(a: RecordedBuild, b: RecordedBuild): string[] {
  return BUILD_FIELDS.filter(([k]) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(([, name]) => name)
}

function mostCommon(labelsByDigest: Map<string, string[]>): string {
  let best = ''
  let bestLabels: string[] = []
  for (const [digest, labels] of labelsByDigest) {
    const better =
      labels.length > bestLabels.length ||
      (labels.length === bestLabels.length && labels[0]! < bestLabels[0]!)
    if (bestLabels.length === 0 || better) {
      best = digest
      bestLabels = labels
    }
  }
  return best
}

/**
 * Checks that the records belong together (one workflow run, one build, every expected runner) and
 * compares each platform's manifest digest across the runners that built it. Bad input throws one
 * BuildLabError; differing digests are a verdict, not an error.
 */
export function compareRecords(records: CrossRunnerRecord[], expect: CompareExpectations): CrossRunnerResult {
  if (records.length === 0) {
    throw new BuildLabError(
      'no build-lab records in this workflow run: run the action with mode: record in each runner job first, and make the compare job need them (needs: [record])'
    )
  }
  const foreign = records.filter(r => r.workflow.runId !== expect.runId)
  if (foreign.length > 0) {
    const list = foreign.map(r => `${r.runner.label} (run ${r.workflow.runId})`).join(', ')
    throw new BuildLabError(
      `records from another workflow run: ${list}; this run is ${expect.runId}. Compare only the records that this run's record jobs uploaded`
    )
  }
  const sorted = [...records].sort((x, y) =>
    x.runner.label < y.runner.label ? -1 : x.runner.label > y.runner.label ? 1 : 0
  )
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.runner.label === sorted[i - 1]!.runner.label) {
      throw new BuildLabError(
        `two records carry the runner label ${JSON.stringify(sorted[i]!.runner.label)}: give each matrix job its own runner-label`
      )
    }
  }
  const first = sorted[0]!
  for (const r of sorted.slice(1)) {
    const differs = buildDifferences(first.build, r.build)
    if (differs.length > 0) {
      throw new BuildLabError(
        `the records describe different builds (${differs.join(', ')} differ): ${first.runner.label} built ${describeBuild(first.build)}; ${r.runner.label} built ${describeBuild(r.build)}. Every record job must pass the same context, file, target, platforms and build-args`
      )
    }
  }
  const labels = new Set(sorted.map(r => r.runner.label))
  const missing = expect.runners.filter(l => !labels.has(l))
  if (missing.length > 0) {
    throw new BuildLabError(
      `missing records for ${missing.join(', ')} (found ${[...labels].join(', ')}): a record job failed, was skipped or used another runner-label`
    )
  }
  if (sorted.length < 2) {
    throw new BuildLabError(
      `only one record (${first.runner.label}) in this workflow run: cross-runner comparison needs at least two runners`
    )
  }

  const equality = expect.equality ?? 'digest'
  const built = sorted.filter(r => r.error === null)
  const names = [...new Set(built.flatMap(r => r.platforms.map(p => p.platform)))].sort()
  // Each runner's key for a platform: what must be equal. Content without a recorded config falls back to the manifest.
  const keys = new Map<string, Map<string, string>>()
  const platforms: PlatformAgreement[] = names.map(platform => {
    const digests: Record<string, string> = {}
    const byKey = new Map<string, string[]>()
    const contents = new Set<string>()
    const own = new Map<string, string>()
    for (const r of built) {
      const p = r.platforms.find(x => x.platform === platform)
      if (p === undefined) continue
      digests[r.runner.label] = p.manifest
      const content = recordedContent(p)
      contents.add(content ?? `manifest ${p.manifest}`)
      const key = equality === 'content' && content !== null ? content : p.manifest
      own.set(r.runner.label, key)
      byKey.set(key, [...(byKey.get(key) ?? []), r.runner.label])
    }
    keys.set(platform, own)
    const referenceKey = mostCommon(byKey)
    const referenceLabel = byKey.get(referenceKey)?.[0] ?? ''
    const compared = Object.keys(digests).length > 1
    const manifestsEqual = new Set(Object.values(digests)).size === 1
    return {
      platform,
      reference: digests[referenceLabel] ?? '',
      digests,
      compared,
      equal: byKey.size === 1,
      sameContent:
        compared && !manifestsEqual && contents.size === 1 && ![...contents][0]!.startsWith('manifest ')
    }
  })
  const differsFrom = (platform: string, label: string): boolean => {
    const own = keys.get(platform)
    const p = platforms.find(x => x.platform === platform)
    if (own === undefined || p === undefined) return false
    const refLabel = Object.keys(p.digests).find(l => p.digests[l] === p.reference)
    return refLabel !== undefined && own.get(label) !== own.get(refLabel)
  }
  const failed = sorted.filter(r => r.error !== null)
  if (failed.length === 0 && !platforms.some(p => p.compared)) {
    throw new BuildLabError(
      `nothing to compare: no platform was built by two runners (${built.map(r => `${r.runner.label}: ${r.platforms.map(p => p.platform).join(',')}`).join('; ')}). Set platforms (e.g. linux/amd64,linux/arm64, with docker/setup-qemu-action) so every runner builds the same platforms`
    )
  }

  const rows: RunnerRow[] = sorted.map(r => {
    const own: Record<string, string> = {}
    for (const p of r.platforms) own[p.platform] = p.manifest
    const differing = platforms.filter(
      p => p.compared && own[p.platform] !== undefined && differsFrom(p.platform, r.runner.label)
    )
    const alone = r.platforms.every(p => !platforms.find(x => x.platform === p.platform)?.compared)
    const status: RowStatus =
      r.error !== null ? 'failed' : differing.length > 0 ? 'differs' : alone ? 'alone' : 'match'
    return {
      label: r.runner.label,
      os: r.runner.os,
      arch: r.runner.arch,
      image: r.runner.image,
      digest: r.digest,
      platforms: own,
      durationMs: r.durationMs,
      engine: r.engine,
      imageUploaded: r.image.uploaded,
      status,
      note:
        r.error ?? (differing.length > 0 ? `differs on ${differing.map(p => p.platform).join(', ')}` : null)
    }
  })

  const mismatches: MismatchPair[] = []
  for (const p of platforms.filter(x => x.compared && !x.equal)) {
    const refLabel = Object.keys(p.digests).find(l => p.digests[l] === p.reference)!
    const own = keys.get(p.platform)!
    const seen = new Set<string>([own.get(refLabel)!])
    for (const label of Object.keys(p.digests)) {
      const key = own.get(label)!
      if (seen.has(key)) continue
      seen.add(key)
      const existing = mismatches.find(m => m.reference === refLabel && m.other === label)
      if (existing) existing.platforms.push(p.platform)
      else mismatches.push({ reference: refLabel, other: label, platforms: [p.platform] })
    }
  }

  const notes = platforms
    .filter(p => !p.compared)
    .map(p => `${p.platform} was built by ${Object.keys(p.digests)[0]} only, so it was not compared`)
  const digests = new Set(built.map(r => r.digest))
  const allEqual = failed.length === 0 && mismatches.length === 0
  let reason: string
  if (failed.length > 0) {
    reason = `the build failed on ${failed.map(r => r.runner.label).join(', ')}: ${failed[0]!.error ?? ''}`
  } else if (!allEqual) {
    const bad = platforms.filter(p => p.compared && !p.equal)
    const what =
      equality === 'content' ? 'per-platform content (config and diff_ids)' : 'per-platform digests'
    reason = `${what} differ across runners on ${bad.map(p => p.platform).join(', ')} (${mismatches.map(m => `${m.other} vs ${m.reference}`).join('; ')})`
    if (bad.every(p => p.sameContent)) reason += `: ${SAME_CONTENT}${buildkitNote(sorted)}`
  } else {
    const compared = platforms.filter(p => p.compared)
    reason = `${sorted.length} runners agree on ${compared.map(p => p.platform).join(', ')}`
    if (compared.some(p => p.sameContent)) {
      reason += ` by content (equality: content); ${SAME_CONTENT}${buildkitNote(sorted)}`
    }
  }
  return {
    reproducible: allEqual,
    reason,
    digest: allEqual && digests.size === 1 ? (built[0]?.digest ?? null) : null,
    build: first.build,
    rows,
    platforms,
    mismatches,
    notes,
    equality,
    sameContent: platforms.some(p => p.sameContent)
  }
}

/** A recorded platform's content key, or null when the record holds no config or diff_ids. */
function recordedContent(p: RecordedPlatform): string | null {
  if (p.config === null || p.diffIds === null || p.diffIds === undefined) return null
  return `${p.config} ${p.diffIds.join(',')}`
}

/** Which BuildKit each runner ran, when the records say, e.g. " (BuildKit: a 0.13, b 0.25.1)". */
function buildkitNote(records: readonly CrossRunnerRecord[]): string {
  const known = records.filter(r => r.engine.buildkit !== null)
  if (known.length === 0) return ''
  return ` (BuildKit: ${known.map(r => `${r.runner.label} ${r.engine.buildkit ?? ''}`).join(', ')})`
}

const STATUS: Record<RowStatus, string> = {
  match: '✅ match',
  differs: '❌ differs',
  failed: '❌ build failed',
  alone: '➖ not compared'
}

/** The BuildKit versions of the first pair of runners that differ (or of the first two runners). */
export function pairBuildkit(result: CrossRunnerResult): { a: string | null; b: string | null } {
  const m = result.mismatches[0]
  const row = (label: string | undefined) => result.rows.find(r => r.label === label)
  const a = m ? row(m.reference) : result.rows[0]
  const b = m ? row(m.other) : result.rows[1]
  return { a: a?.engine.buildkit ?? null, b: b?.engine.buildkit ?? null }
}

/** One diagnosis section: which two runners, and the rendered diff. */
export interface DiagnosisSection {
  reference: string
  other: string
  /** "image" when both tars were uploaded, "metadata" when only manifests and configs were */
  depth: 'image' | 'metadata'
  markdown: string
}

/** The job summary of compare mode: the verdict, one row per runner, notes and the diagnoses. */
export function renderCrossRunnerMarkdown(
  result: CrossRunnerResult,
  diagnoses: DiagnosisSection[] = []
): string {
  const out: string[] = ['## build-lab: cross-runner reproducibility', '']
  out.push(
    `${result.reproducible ? '✅ **Reproducible across runners**' : '❌ **Not reproducible across runners**'}: ${escapeMarkdown(result.reason)}`
  )
  out.push('', `Equality: ${escapeMarkdown(EQUALITY_NOTE[result.equality])}`)
  if (result.sameContent) out.push('', `- ${escapeMarkdown(compressionHint(pairBuildkit(result)), 600)}`)
  out.push('', `Build: ${escapeMarkdown(describeBuild(result.build))}`, '')
  const names = result.platforms.map(p => p.platform)
  out.push(
    `| Runner | OS / arch | Runner image | ${names.map(n => escapeMarkdown(n)).join(' | ')}${names.length > 0 ? ' | ' : ''}Image digest | BuildKit | Build time | Status |`
  )
  out.push(`|${' --- |'.repeat(7 + names.length)}`)
  for (const row of result.rows) {
    const cells = names.map(n => {
      const d = row.platforms[n]
      if (d === undefined) return '-'
      const p = result.platforms.find(x => x.platform === n)
      const mark = p && p.compared ? (d === p.reference ? ' ✅' : ' ❌') : ''
      return `${inlineCode(shortDigest(d))}${mark}`
    })
    const status = `${STATUS[row.status]}${row.note !== null ? `<br>${escapeMarkdown(row.note, 160)}` : ''}`
    out.push(
      `| ${escapeMarkdown(row.label)} | ${escapeMarkdown(`${row.os} ${row.arch}`)} | ${row.image === '' ? '-' : escapeMarkdown(row.image)} | ${cells.join(' | ')}${cells.length > 0 ? ' | ' : ''}${inlineCode(shortDigest(row.digest))} | ${row.engine.buildkit === null ? '-' : escapeMarkdown(row.engine.buildkit)} | ${formatDuration(row.durationMs)} | ${status} |`
    )
  }
  for (const note of result.notes) out.push('', `- ${escapeMarkdown(note)}`)
  for (const d of diagnoses) {
    out.push(
      '',
      `### Diagnosis: ${escapeMarkdown(d.reference)} (run 1) vs ${escapeMarkdown(d.other)} (run 2)`,
      ''
    )
    if (d.depth === 'metadata') {
      out.push(
        '_Only manifests and configs were uploaded (the image was over upload-image-max-mb, or uploads were off), so layers are named but their files are not compared._',
        ''
      )
    }
    out.push(d.markdown.trimEnd())
  }
  return `${out.join('\n')}\n`
}

/** A source whose manifests list no layers, so diffImages compares index, manifests and configs only. */
export function withoutLayers(src: BlobSource): BlobSource {
  return {
    index: () => src.index(),
    readJson: async digest => {
      const v = await src.readJson(digest)
      return isRecord(v) && isRecord(v.config) && Array.isArray(v.layers) ? { ...v, layers: [] } : v
    },
    open: digest => src.open(digest)
  }
}

function layerDigests(manifest: unknown): string[] {
  return asArray(isRecord(manifest) ? manifest.layers : undefined).map(l =>
    isRecord(l) && typeof l.digest === 'string' ? l.digest : ''
  )
}

/**
 * The diagnosis when layer blobs are not at hand: index, manifest and config differences from
 * diffImages, plus each differing layer with its Dockerfile instruction, but no file comparison.
 */
export async function diffImageMetadata(
  a: BlobSource,
  b: BlobSource,
  options: DiffOptions = {}
): Promise<ImageDiff> {
  const diff = await diffImages(withoutLayers(a), withoutLayers(b), options)
  const layers: LayerDiff[] = []
  const hint = (c: Cause): string =>
    c === 'compression' ? compressionHint(options.buildkit) : CAUSE_HINTS[c]
  let contentDiffers = false
  const real = diff.manifests.filter(
    m => m.a !== null && m.b !== null && !m.platform.startsWith('attestation ')
  )
  for (const m of real) {
    const [ma, mb] = await Promise.all([a.readJson(m.a!), b.readJson(m.b!)])
    const configDigest = (v: unknown) =>
      isRecord(v) && isRecord(v.config) && typeof v.config.digest === 'string' ? v.config.digest : null
    const da = configDigest(ma)
    const db = configDigest(mb)
    if (da === null || db === null) continue
    const [ca, cb] = await Promise.all([a.readJson(da), b.readJson(db)])
    const la = layerDigests(ma)
    const lb = layerDigests(mb)
    const idsA = diffIdsOf(ca)
    const idsB = diffIdsOf(cb)
    if (da !== db || idsA.join() !== idsB.join()) contentDiffers = true
    const originsA = layerOrigins(mapHistory(historyOf(ca), options.dockerfile, options.target), la.length)
    const originsB = layerOrigins(mapHistory(historyOf(cb), options.dockerfile, options.target), lb.length)
    for (let k = 0; k < Math.max(la.length, lb.length); k++) {
      if (la[k] !== undefined && la[k] === lb[k]) continue
      const origin = originsB[k] ?? originsA[k] ?? { base: false }
      const idA = idsA[k] ?? null
      const idB = idsB[k] ?? null
      const cause: Cause = origin.base
        ? 'base-image'
        : idA !== null && idA === idB
          ? 'compression'
          : 'unknown'
      const layer: LayerDiff = {
        index: k,
        a: la[k] ?? null,
        b: lb[k] ?? null,
        diffIdA: idA,
        diffIdB: idB,
        files: 0,
        ...origin,
        cause,
        hint: hint(cause)
      }
      if (real.length > 1) layer.platform = m.platform
      layers.push(layer)
    }
  }
  const counts = new Map<Cause, number>(diff.causes.map(c => [c.cause, c.count]))
  for (const l of layers) if (l.cause !== 'unknown') counts.set(l.cause, (counts.get(l.cause) ?? 0) + 1)
  const warning =
    'layer contents were not uploaded: the differing layers are named with their instructions, but their files were not compared (raise upload-image-max-mb to upload the image)'
  return {
    ...diff,
    layers,
    ...(diff.identical
      ? {}
      : {
          sameContent:
            real.length > 0 &&
            real.length === diff.manifests.filter(m => !m.platform.startsWith('attestation ')).length &&
            !contentDiffers &&
            layers.some(l => l.cause === 'compression')
        }),
    causes: CAUSE_ORDER.filter(c => counts.has(c)).map(c => ({
      cause: c,
      count: counts.get(c)!,
      hint: hint(c)
    })),
    warnings: layers.length > 0 ? [...diff.warnings, warning] : diff.warnings
  }
}
