// Compares two OCI images top down (index, manifests, config, layers, files) and explains each difference.
import { BuildLabError } from '../errors.js'
import { oneLine } from '../report/format.js'
import { diffIdsOf } from '../equality.js'
import {
  CAUSE_HINTS,
  CAUSE_ORDER,
  classifyContent,
  classifyName,
  compressionHint,
  metadataCause,
  type LeakedValues
} from './cause.js'
import { diffConfig, historyOf, leakedValues } from './config-diff.js'
import { asArray, asString, isRecord } from '../json.js'
import { compareEntryStreams, type EntryDiff } from './layer-diff.js'
import { decompressLayer } from './layer-stream.js'
import {
  layerOrigins,
  mapHistory,
  parseDockerfile,
  stageChain,
  type DockerInstruction
} from './provenance.js'
import { readTarEntries, type TarEntry } from './tar-stream.js'
import { ARCHIVE_LIMITS, diffArchive, headerOnly, looksLikeArchive, sniffArchive } from './archive-diff.js'
import { FindingSet } from './findings.js'
import type {
  BlobSource,
  Cause,
  CauseCount,
  ConfigChange,
  DiffOptions,
  FileDiff,
  ImageDiff,
  LayerDiff,
  LayerOrigin,
  ManifestDiff
} from './types.js'

/** Bytes of each file kept while streaming, to say why contents differ. */
const SAMPLE_BYTES = 256 * 1024
/** FileDiffs held for ranking before only counting the rest. */
const HELD_FILES = 10_000
/** Differing archives per layer looked into, and the bytes of their first samples held meanwhile. */
const MAX_ARCHIVES = 50
const ARCHIVE_BUDGET = 64 * 1024 * 1024

interface PendingArchive {
  file: FileDiff
  a: Uint8Array
  b: Uint8Array
  sizeA: number
  sizeB: number
  held: boolean
}

type EntryReader = (
  src: BlobSource,
  d: Descriptor,
  side: string,
  sampleBytes?: number
) => AsyncIterable<TarEntry>

/**
 * The whole bytes of a few files of a layer (archives bigger than the first sample), read again
 * with samples as big as the biggest of them. Files over the archive limit are left out.
 */
async function wholeFiles(
  entries: EntryReader,
  src: BlobSource,
  d: Descriptor,
  side: string,
  wanted: Array<[string, number]>
): Promise<Map<string, Uint8Array>> {
  const sizes = new Map(wanted.filter(([, size]) => size <= ARCHIVE_LIMITS.maxBytes))
  const out = new Map<string, Uint8Array>()
  if (sizes.size === 0) return out
  const biggest = Math.max(...sizes.values())
  for await (const e of entries(src, d, side, biggest)) {
    if (e.sample !== undefined && sizes.get(e.path) === e.size && e.sample.length === e.size)
      out.set(e.path, e.sample)
    if (out.size === sizes.size) break
  }
  return out
}
const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])

export { CAUSE_ORDER }

interface Descriptor {
  mediaType: string
  digest: string
  platform: string
  annotations: Record<string, string>
  attestation: boolean
}

interface ResolvedIndex {
  annotations: Record<string, string>
  manifests: Descriptor[]
}

/** Diffs image a (run 1) against image b (run 2). Layers with equal digests are never read. */
export async function diffImages(
  a: BlobSource,
  b: BlobSource,
  options: DiffOptions = {}
): Promise<ImageDiff> {
  const maxFiles = options.maxFiles ?? 200
  const warnings: string[] = []
  const [indexA, indexB] = await Promise.all([resolveIndex(a, 'image a'), resolveIndex(b, 'image b')])
  const index = diffAnnotations('index', indexA.annotations, indexB.annotations)
  const manifests: ManifestDiff[] = []
  const config: ConfigChange[] = []
  const layers: LayerDiff[] = []
  const files: FileDiff[] = []
  let fileCount = 0
  const findings = new FindingSet(
    options.dockerfile?.path ?? 'Dockerfile',
    options.contextMtime,
    options.dockerfile?.text
  )
  const counts = new Map<Cause, number>()
  const count = (cause: Cause): void => {
    counts.set(cause, (counts.get(cause) ?? 0) + 1)
  }

  const byPlatform = (list: Descriptor[]): Map<string, Descriptor> => {
    const m = new Map<string, Descriptor>()
    for (const d of list) {
      let key = d.attestation ? `attestation ${d.platform}` : d.platform
      for (let n = 2; m.has(key); n++) key = `${d.platform}#${n}`
      m.set(key, d)
    }
    return m
  }
  const platformsA = byPlatform(indexA.manifests)
  const platformsB = byPlatform(indexB.manifests)
  const keys = [...new Set([...platformsA.keys(), ...platformsB.keys()])]
  const multi = keys.length > 1
  const readPairs = new Set<string>()
  // Content (config and diff_ids) of the image platforms whose manifests differ: equal until shown otherwise.
  let platformsDiffer = 0
  let contentDiffers = false

  for (const key of keys) {
    const da = platformsA.get(key)
    const db = platformsB.get(key)
    if (da?.digest === db?.digest) continue
    manifests.push({ platform: key, a: da?.digest ?? null, b: db?.digest ?? null })
    index.push(...diffAnnotations(`index.manifests[${key}]`, da?.annotations ?? {}, db?.annotations ?? {}))
    if (da?.attestation || db?.attestation) continue
    platformsDiffer++
    if (da === undefined || db === undefined) {
      contentDiffers = true
      continue
    }
    const platform = multi ? key : undefined
    const [ma, mb] = await Promise.all([a.readJson(da.digest), b.readJson(db.digest)])
    for (const c of diffAnnotations('manifest', annotationsOf(ma), annotationsOf(mb))) {
      if (platform !== undefined) c.platform = platform
      index.push(c)
    }
    const configA = descriptor(isRecord(ma) ? ma.config : undefined)
    const configB = descriptor(isRecord(mb) ? mb.config : undefined)
    if (configA === undefined || configB === undefined) {
      throw new BuildLabError(
        `Manifest ${oneLine(JSON.stringify(key), 200)} has no config descriptor: is this an OCI image?`
      )
    }
    const [ca, cb] = await Promise.all([a.readJson(configA.digest), b.readJson(configB.digest)])
    const originsA = mapHistory(historyOf(ca), options.dockerfile, options.target)
    const originsB = mapHistory(historyOf(cb), options.dockerfile, options.target)
    const instructions: DockerInstruction[] =
      options.dockerfile === undefined
        ? []
        : stageChain(parseDockerfile(options.dockerfile.text), options.target).flatMap(s => s.instructions)
    const leaked = leakedValues(ca, cb)
    const ctx = { originsA, originsB, instructions, leaked, ...(platform !== undefined ? { platform } : {}) }
    if (configA.digest !== configB.digest) {
      for (const c of diffConfig(ca, cb, ctx)) {
        config.push(c)
        count(c.cause)
      }
    }

    const layersA = asArray(isRecord(ma) ? ma.layers : undefined).map(descriptor)
    const layersB = asArray(isRecord(mb) ? mb.layers : undefined).map(descriptor)
    const diffIdsA = diffIdsOf(ca)
    const diffIdsB = diffIdsOf(cb)
    if (configA.digest !== configB.digest || diffIdsA.join() !== diffIdsB.join()) contentDiffers = true
    const originOfA = layerOrigins(originsA, layersA.length)
    const originOfB = layerOrigins(originsB, layersB.length)
    for (let k = 0; k < Math.max(layersA.length, layersB.length); k++) {
      const la = layersA[k]
      const lb = layersB[k]
      if (la !== undefined && lb !== undefined && la.digest === lb.digest) continue
      const origin: LayerOrigin = originOfB[k] ?? originOfA[k] ?? { base: false }
      const layer: LayerDiff = {
        index: k,
        a: la?.digest ?? null,
        b: lb?.digest ?? null,
        diffIdA: diffIdsA[k] ?? null,
        diffIdB: diffIdsB[k] ?? null,
        files: 0,
        ...origin,
        cause: origin.base ? 'base-image' : 'unknown',
        hint: ''
      }
      if (platform !== undefined) layer.platform = platform
      layers.push(layer)
      if (la === undefined || lb === undefined) continue
      if (layer.diffIdA !== null && layer.diffIdA === layer.diffIdB) {
        layer.cause = 'compression'
        continue
      }
      const pairKey = `${la.digest} ${lb.digest}`
      if (readPairs.has(pairKey)) continue
      readPairs.add(pairKey)
      const fileCauses = new Map<Cause, number>()
      const note = (n: string): void => {
        if (!warnings.includes(n)) warnings.push(n)
      }
      const entries: EntryReader = (src, d, side, sampleBytes = SAMPLE_BYTES) =>
        readTarEntries(
          decompressLayer(src.open(d.digest), d.mediaType, `layer ${k} of image ${side}`, note),
          {
            sampleBytes,
            label: `layer ${k} (${d.digest}) of image ${side}`
          }
        )
      const pending: PendingArchive[] = []
      let pendingBytes = 0
      const settle = (
        file: FileDiff,
        sa: Uint8Array | undefined,
        sb: Uint8Array | undefined,
        held: boolean
      ): void => {
        findings.add(
          file,
          { ...(sa !== undefined ? { a: sa } : {}), ...(sb !== undefined ? { b: sb } : {}) },
          held
        )
        count(file.cause)
        fileCauses.set(file.cause, (fileCauses.get(file.cause) ?? 0) + 1)
      }
      layer.files = await compareEntryStreams(entries(a, la, 'a'), entries(b, lb, 'b'), {
        onDiff: d => {
          const file = explainEntry(d, k, origin, leaked, options.contextMtime)
          if (platform !== undefined) file.platform = platform
          fileCount++
          if (d.unsafe.length > 0)
            note(`unsafe entry in layer ${k}: ${JSON.stringify(d.path)} (${d.unsafe.join(', ')})`)
          const held = files.length < HELD_FILES
          if (held) files.push(file)
          const sa = d.a?.sample
          const sb = d.b?.sample
          const archive =
            !origin.base &&
            d.changes.includes('content') &&
            sa !== undefined &&
            sb !== undefined &&
            (sniffArchive(sa, d.path) !== undefined || looksLikeArchive(d.path))
          if (
            archive &&
            pending.length < MAX_ARCHIVES &&
            pendingBytes + sa.length + sb.length <= ARCHIVE_BUDGET
          ) {
            pending.push({ file, a: sa, b: sb, sizeA: d.a?.size ?? 0, sizeB: d.b?.size ?? 0, held })
            pendingBytes += sa.length + sb.length
            return
          }
          settle(file, sa, sb, held)
        }
      })
      const big = pending.filter(p => p.a.length < p.sizeA || p.b.length < p.sizeB)
      if (big.length > 0) {
        const [fullA, fullB] = await Promise.all([
          wholeFiles(
            entries,
            a,
            la,
            'a',
            big.map(p => [p.file.path, p.sizeA])
          ),
          wholeFiles(
            entries,
            b,
            lb,
            'b',
            big.map(p => [p.file.path, p.sizeB])
          )
        ])
        for (const p of big) {
          p.a = fullA.get(p.file.path) ?? p.a
          p.b = fullB.get(p.file.path) ?? p.b
        }
      }
      for (const p of pending) {
        const whole = p.a.length === p.sizeA && p.b.length === p.sizeB
        const ctxArchive = {
          leaked,
          ...(options.contextMtime !== undefined ? { contextMtime: options.contextMtime } : {})
        }
        const inside = whole
          ? await diffArchive(p.a, p.b, p.file.path, ctxArchive)
          : headerOnly(p.a, p.b, p.file.path)
        if (inside !== undefined) p.file.archive = inside
        settle(p.file, p.a.subarray(0, SAMPLE_BYTES), p.b.subarray(0, SAMPLE_BYTES), p.held)
      }
      if (!origin.base) layer.cause = topCause(fileCauses)
    }
  }
  const hint = (c: Cause): string =>
    c === 'compression' ? compressionHint(options.buildkit) : CAUSE_HINTS[c]
  for (const layer of layers) layer.hint = hint(layer.cause)
  for (const c of index) count(c.cause)
  if (layers.some(l => l.cause === 'compression') && !counts.has('compression')) count('compression')
  const findingList = findings.finish()
  files.sort((x, y) => findings.compare(x, y) || compareFiles(x, y))
  const listed = files.slice(0, maxFiles)
  const causes: CauseCount[] = CAUSE_ORDER.filter(c => counts.has(c)).map(c => ({
    cause: c,
    count: counts.get(c)!,
    hint: hint(c)
  }))
  const identical = manifests.length === 0 && index.length === 0
  return {
    identical,
    ...(identical
      ? {}
      : {
          sameContent: platformsDiffer > 0 && !contentDiffers && layers.some(l => l.cause === 'compression')
        }),
    ...(options.buildkit ? { buildkit: options.buildkit } : {}),
    index,
    manifests,
    config,
    layers,
    files: listed,
    truncated: fileCount - listed.length,
    findings: findingList,
    causes,
    warnings
  }
}

/** Turns one differing entry into a FileDiff with its origin and cause. */
export function explainEntry(
  d: EntryDiff,
  layer: number,
  origin: LayerOrigin,
  leaked: LeakedValues,
  contextMtime?: number
): FileDiff {
  let verdict: { cause: Cause; evidence?: string } = { cause: metadataCause(d.changes) }
  if (origin.base) verdict = { cause: 'base-image' }
  else if (d.changes.includes('added') || d.changes.includes('removed')) verdict = classifyName(d.path)
  else if (d.changes.includes('content')) {
    verdict = classifyContent(d.a?.sample, d.b?.sample, d.path, leaked, contextMtime)
  } else if (d.changes.includes('symlink') || d.changes.includes('hardlink')) {
    verdict = classifyContent(
      Buffer.from(d.a?.linkname ?? ''),
      Buffer.from(d.b?.linkname ?? ''),
      d.path,
      leaked,
      contextMtime
    )
  }
  const file: FileDiff = {
    path: d.path,
    changes: d.changes,
    layer,
    cause: verdict.cause,
    hint: CAUSE_HINTS[verdict.cause]
  }
  if (origin.instruction !== undefined) file.instruction = origin.instruction
  if (origin.line !== undefined) file.line = origin.line
  if (verdict.evidence !== undefined) file.evidence = verdict.evidence
  const fields = d.fields.filter(f => f.field !== 'sha256')
  if (fields.length > 0) file.fields = fields
  if (d.unsafe.length > 0) file.unsafe = d.unsafe
  return file
}

const CONTENT_CHANGES = new Set(['content', 'added', 'removed', 'type', 'symlink', 'hardlink'])

function compareFiles(x: FileDiff, y: FileDiff): number {
  const cause = CAUSE_ORDER.indexOf(x.cause) - CAUSE_ORDER.indexOf(y.cause)
  if (cause !== 0) return cause
  const cx = x.changes.some(c => CONTENT_CHANGES.has(c)) ? 0 : 1
  const cy = y.changes.some(c => CONTENT_CHANGES.has(c)) ? 0 : 1
  if (cx !== cy) return cx - cy
  if (x.layer !== y.layer) return y.layer - x.layer
  return x.path < y.path ? -1 : x.path > y.path ? 1 : 0
}

function topCause(counts: Map<Cause, number>): Cause {
  let best: Cause = 'unknown'
  let bestRank = Infinity
  for (const cause of counts.keys()) {
    const rank = CAUSE_ORDER.indexOf(cause)
    if (rank < bestRank) {
      best = cause
      bestRank = rank
    }
  }
  return best
}

function descriptor(v: unknown): Descriptor | undefined {
  if (!isRecord(v)) return undefined
  const digest = asString(v.digest)
  if (digest === undefined) return undefined
  const p = isRecord(v.platform) ? v.platform : undefined
  const platform =
    p === undefined
      ? 'unknown'
      : [asString(p.os) ?? 'unknown', asString(p.architecture) ?? 'unknown', asString(p.variant)]
          .filter(s => s !== undefined)
          .join('/')
  const annotations = annotationsOf(v)
  return {
    mediaType: asString(v.mediaType) ?? '',
    digest,
    platform,
    annotations,
    attestation: annotations['vnd.docker.reference.type'] === 'attestation-manifest'
  }
}

function annotationsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isRecord(v) || !isRecord(v.annotations)) return out
  for (const [k, val] of Object.entries(v.annotations)) if (typeof val === 'string') out[k] = val
  return out
}

function diffAnnotations(
  where: string,
  a: Record<string, string>,
  b: Record<string, string>
): ConfigChange[] {
  const out: ConfigChange[] = []
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    // The tag name says where the image was written, not what it is.
    if (a[key] === b[key] || key === 'org.opencontainers.image.ref.name') continue
    const cause: Cause = /created|date|time/.test(key) ? 'timestamps' : 'unknown'
    out.push({
      field: `${where}.annotations.${key}`,
      a: a[key] ?? null,
      b: b[key] ?? null,
      cause,
      hint: CAUSE_HINTS[cause]
    })
  }
  return out
}

/** Follows nested indexes (multi-platform builds put one inside index.json) down to image manifests. */
async function resolveIndex(src: BlobSource, label: string): Promise<ResolvedIndex> {
  const top = await src.index()
  if (!isRecord(top) || !Array.isArray(top.manifests)) {
    throw new BuildLabError(`The index of ${label} has no manifests list: is it an OCI image layout?`)
  }
  const annotations = annotationsOf(top)
  const manifests: Descriptor[] = []
  const walk = async (list: unknown[], depth: number): Promise<void> => {
    for (const item of list) {
      const d = descriptor(item)
      if (d === undefined) continue
      if (INDEX_TYPES.has(d.mediaType)) {
        if (depth > 4) throw new BuildLabError(`The index of ${label} nests too deeply.`)
        const nested = await src.readJson(d.digest)
        for (const [k, v] of Object.entries(annotationsOf(nested))) annotations[`nested.${k}`] = v
        await walk(isRecord(nested) ? asArray(nested.manifests) : [], depth + 1)
      } else {
        manifests.push(d)
      }
    }
  }
  await walk(top.manifests, 0)
  if (manifests.length === 0) throw new BuildLabError(`The index of ${label} lists no image manifests.`)
  return { annotations, manifests }
}
