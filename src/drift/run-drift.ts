// Drift: rebuilds the commit in isolation (record mode's build), compares with the last record or the published image, and says why it moved.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Engine } from '../buildkit/engine.js'
import { loadRedactor, redactError } from '../buildkit/secrets.js'
import {
  buildDifferences,
  type CrossRunnerRecord,
  diffImageMetadata,
  parseRecord,
  RecordFiles
} from '../core/crossrunner/record.js'
import {
  attributeDrift,
  type DriftPlatform,
  type DriftSide,
  type DriftVerdict
} from '../core/drift/attribute.js'
import { readImagePackages } from '../core/drift/image-packages.js'
import { imagePlatforms } from '../core/drift/side.js'
import { diffImages } from '../core/diff/index.js'
import type { BlobSource, ImageDiff } from '../core/diff/types.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { NAMES_ONLY } from '../core/redact.js'
import { redactingPhaseLogger } from '../core/phase-log.js'
import { buildRecord, type RecordLogger, type RecordOptions } from '../crossrunner/record-run.js'
import { openImage } from '../oci/open-image.js'

/** A record.json is a few KiB (a big package list: a few MiB); a bigger file is not one. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024

/** A published image: its digest and platforms, and its blobs when the client can stream them (for packages). */
export interface PublishedImage {
  digest: string
  platforms: DriftPlatform[]
  /** the blobs shaped as an OCI layout (index() names the image), layers included; null: manifests only */
  source: BlobSource | null
}

/** Reads images from a registry; drift takes it injected, so tests and the CLI can pass their own. */
export interface PublishedImages {
  open(ref: string): Promise<PublishedImage>
}

export type DriftAgainst = { kind: 'record'; path: string } | { kind: 'image'; ref: string }

export type DriftOptions = Omit<RecordOptions, 'prefix'> & { against: DriftAgainst }

export interface DriftDeps {
  engine: Engine
  log: RecordLogger
  nowMs(): number
  sleep?: (ms: number) => Promise<void>
  /** needed for `against: image` */
  registry?: PublishedImages
}

export interface DriftOutcome {
  verdict: DriftVerdict
  /** the rebuild's record: upload it to compare the next run against it */
  record: CrossRunnerRecord
  recordPath: string
  workDir: string
}

interface Before {
  side: DriftSide
  /** the record, when comparing with one */
  record: CrossRunnerRecord | null
  /** the image's blobs: with layers (image.tar, registry) or metadata only (a record's layout/) */
  source: BlobSource | null
  layers: boolean
}

async function readRecordFile(
  given: string
): Promise<{ record: CrossRunnerRecord; dir: string; file: string }> {
  let file = given
  let info
  try {
    info = await fs.stat(given)
    if (info.isDirectory()) {
      file = path.join(given, RecordFiles.Record)
      info = await fs.stat(file)
    }
  } catch (error) {
    throw new BuildLabError(
      `cannot read the record ${JSON.stringify(given)}: ${errorMessage(error)}. Give a record.json or the directory of a downloaded record artifact`
    )
  }
  if (!info.isFile() || info.size > MAX_RECORD_BYTES) {
    throw new BuildLabError(`${file} is not a record.json (not a regular file of at most 64 MiB)`)
  }
  let data: unknown
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new BuildLabError(`${file} is not JSON: ${errorMessage(error)}`)
  }
  const record = parseRecord(data, file)
  if (record.error !== null || record.digest === null) {
    throw new BuildLabError(
      `${file} records a failed build (${record.error ?? 'no digest'}): record a build that succeeded first`
    )
  }
  return { record, dir: path.dirname(file), file }
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false
  )
}

function recordSide(record: CrossRunnerRecord, origin: string, platforms: DriftPlatform[]): DriftSide {
  const byName = new Map(platforms.map(p => [p.platform, p]))
  return {
    origin,
    digest: record.digest ?? '',
    platforms: record.platforms.map(p => ({
      platform: p.platform,
      manifest: p.manifest,
      config: p.config,
      diffIds: p.diffIds ?? null,
      layers: byName.get(p.platform)?.layers ?? null,
      packages: p.packages ?? null,
      baseLayers: byName.get(p.platform)?.baseLayers ?? null
    })),
    bases: record.bases ?? null,
    engine: record.engine
  }
}

async function loadBefore(against: DriftAgainst, deps: DriftDeps, log: RecordLogger): Promise<Before> {
  if (against.kind === 'record') {
    const { record, dir, file } = await readRecordFile(against.path)
    const tar = path.join(dir, RecordFiles.ImageTar)
    const layout = path.join(dir, RecordFiles.Layout)
    const source = (await exists(tar))
      ? await openImage(tar)
      : (await exists(layout))
        ? await openImage(layout)
        : null
    const platforms = source === null ? [] : await imagePlatforms(source, file)
    log.info(
      `the last record: ${record.digest ?? '-'} (${path.basename(file)}${source !== null && (await exists(tar)) ? ', with the image' : ''})`
    )
    return { side: recordSide(record, file, platforms), record, source, layers: await exists(tar) }
  }
  if (deps.registry === undefined)
    throw new BuildLabError('drift against a published image needs a registry client')
  const published = await deps.registry.open(against.ref)
  const origin = `registry ${against.ref}`
  const platforms = published.platforms.map(p => ({ ...p }))
  for (const p of platforms) {
    if (published.source === null) break
    try {
      p.packages = await readImagePackages(
        published.source,
        p.manifest,
        `${against.ref} (${p.platform})`,
        line => log.info(line)
      )
    } catch (error) {
      log.info(`${p.platform}: the packages of ${against.ref} were not read: ${errorMessage(error)}`)
    }
  }
  log.info(`the published image: ${published.digest}`)
  return {
    side: { origin, digest: published.digest, platforms, bases: null, engine: null },
    record: null,
    source: published.source,
    layers: published.source !== null
  }
}

/**
 * Rebuilds the commit in isolation and compares it with the last record (a record.json or artifact
 * directory) or the published image. Bad input throws one BuildLabError; drift is a verdict.
 */
export async function runDrift(options: DriftOptions, deps: DriftDeps): Promise<DriftOutcome> {
  const redactor = await loadRedactor(options)
  const log: RecordLogger = redactingPhaseLogger(deps.log, redactor)
  try {
    const before = await log.group('Reading the last recorded image', () =>
      loadBefore(options.against, deps, log)
    )
    // The record's epoch unless one is given: the same commit built with another epoch is another image.
    const given = options.epoch !== undefined && options.epoch.trim() !== '' ? options.epoch : undefined
    const epoch = given ?? (before.record !== null ? String(before.record.build.epoch) : undefined)
    const built = await buildRecord({ ...options, epoch }, { ...deps, log }, value => redactor.data(value))
    const { record, layoutDir, artifactDir } = built
    if (record.error !== null || record.digest === null) {
      throw new BuildLabError(`the rebuild failed: ${record.error ?? 'no digest'}`)
    }
    if (before.record !== null) {
      const differs = buildDifferences(before.record.build, record.build)
      if (differs.length > 0) {
        throw new BuildLabError(
          `the rebuild is not the recorded build: its ${differs.join(', ')} differ from ${before.side.origin}. Give the inputs the record job used`
        )
      }
    }
    const afterSource = await openImage(layoutDir)
    const afterPlatforms = await imagePlatforms(afterSource, 'the rebuild')
    const recordPath = path.join(artifactDir, RecordFiles.Record)
    const after = recordSide(record, 'the rebuild', afterPlatforms)
    if (options.against.kind === 'image') await baseLayersFromRegistry(after, deps, log)
    const verdict = await log.group('Comparing with the last recorded image', async () => {
      const attributed = attributeDrift(before.side, after)
      const verdict =
        attributed.cause === 'nondeterministic' && before.source !== null
          ? { ...attributed, diagnosis: await diagnose(before, afterSource, artifactDir) }
          : attributed
      log.info(verdict.drifted ? `drift: ${verdict.reason}` : verdict.reason)
      return verdict
    })
    return { verdict: redactor.data(verdict), record, recordPath, workDir: path.dirname(artifactDir) }
  } catch (error) {
    throw redactError(error, redactor)
  }
}

/**
 * A published image records no base digests, and a base built by BuildKit hides in the history: ask the
 * registry for each base the rebuild resolved, and the one whose layers start the rebuild's image is the
 * base; its layer count says how many of the published image's lowest layers to compare.
 */
async function baseLayersFromRegistry(after: DriftSide, deps: DriftDeps, log: RecordLogger): Promise<void> {
  if (deps.registry === undefined) return
  for (const b of after.bases ?? []) {
    let base: PublishedImage
    try {
      base = await deps.registry.open(`${b.ref}@${b.digest}`)
    } catch (error) {
      log.info(`the base ${b.ref}@${b.digest} was not read: ${errorMessage(error)}`)
      continue
    }
    for (const p of after.platforms) {
      const own =
        base.platforms.find(x => x.platform === p.platform) ??
        (base.platforms.length === 1 ? base.platforms[0] : undefined)
      const layers = own?.layers ?? null
      if (layers === null || p.layers === null || layers.length === 0) continue
      if (layers.every((l, i) => p.layers![i] === l) && layers.length > (p.baseLayers ?? 0)) {
        p.baseLayers = layers.length
        log.info(`${p.platform}: the base is ${b.ref}@${b.digest} (${layers.length} layers)`)
      }
    }
  }
}

async function diagnose(before: Before, after: BlobSource, artifactDir: string): Promise<ImageDiff> {
  const text = await fs.readFile(path.join(artifactDir, RecordFiles.Dockerfile), 'utf8').catch(() => null)
  const options = text === null ? {} : { dockerfile: { path: 'Dockerfile', text } }
  const diff = before.layers
    ? await diffImages(before.source!, after, options)
    : await diffImageMetadata(before.source!, after, options)
  return NAMES_ONLY.data(diff)
}
