// Record mode: one cold, isolated build; its manifests, configs and (size allowing) the image go up as an artifact.
import { promises as fs } from 'node:fs'
import { makeTempDir, copyName } from '../build/temp-dir.js'
import * as path from 'node:path'
import { displayBuildArg, isSecretArg } from '../core/build/args.js'
import {
  type CrossRunnerRecord,
  RECORD_SCHEMA,
  RecordFiles,
  type RecordedPlatform,
  type RunnerIdentity,
  type WorkflowIdentity,
  recordArtifactName
} from '../core/crossrunner/record.js'
import { isRecord } from '../core/json.js'
import { diffIdsOf } from '../core/equality.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { INDEX_MEDIA_TYPES, layoutRoot, platformName } from '../core/build/metadata.js'
import { formatBytes } from '../core/report/format.js'
import { type PhaseLogger, redactingPhaseLogger } from '../core/phase-log.js'
import type { Engine } from '../buildkit/engine.js'
import { isolatedBuild } from '../build/isolated-build.js'
import { resolvedBases } from '../core/drift/bases.js'
import { readImagePackages } from '../core/drift/image-packages.js'
import { openImage } from '../oci/open-image.js'
import { buildEpoch, builderLine, fitEngine } from '../build/preflight.js'
import { type BuildRequest, buildPlan, resolveInputs } from '../build/request.js'
import type { ArtifactStore } from './artifact-store.js'
import { listLayout, writeLayoutTar } from '../oci/layout-tar.js'
import { loadRedactor, redactError } from '../buildkit/secrets.js'

export interface RecordOptions extends BuildRequest {
  runner: RunnerIdentity
  workflow: WorkflowIdentity
  /** paths in the record are relative to this directory (GITHUB_WORKSPACE), so runners agree on them */
  workspace: string
  /** the artifact name prefix that compare looks for */
  prefix: string
  /** upload the whole image as image.tar when the layout is at most this many bytes; 0: never */
  maxImageBytes: number
  /** where to build and stage the artifact; a new temporary directory when not given */
  workDir?: string
  /** resolve every FROM at the registry (--pull), not from the daemon's images */
  pull?: boolean
}

export type RecordLogger = PhaseLogger

export interface RecordDeps {
  engine: Engine
  store: ArtifactStore
  log: RecordLogger
  nowMs(): number
}

export interface RecordOutcome {
  record: CrossRunnerRecord
  artifactName: string
  /** the staged artifact directory (record.json, layout/, image.tar, Dockerfile) */
  artifactDir: string
}

/** Largest Dockerfile carried in a record for the diagnosis' line numbers. */
const MAX_DOCKERFILE_BYTES = 1024 * 1024

function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.'
}

function blobFile(dir: string, digest: string): string {
  const [alg, hex] = digest.split(':')
  if (!alg || !hex || !/^[a-z0-9]+$/.test(alg) || !/^[a-f0-9]+$/.test(hex)) {
    throw new BuildLabError(`invalid digest ${JSON.stringify(digest)} in the OCI layout`)
  }
  return path.join(dir, 'blobs', alg, hex)
}

async function readBlobJson(layout: string, digest: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(blobFile(layout, digest), 'utf8'))
}

async function copyBlob(from: string, to: string, digest: string): Promise<void> {
  const dest = blobFile(to, digest)
  await fs.mkdir(path.dirname(dest), { recursive: true })
  await fs.copyFile(blobFile(from, digest), dest)
}

function asRecord(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {}
}

function configDigest(manifest: unknown): string | null {
  const config = asRecord(asRecord(manifest).config)
  return typeof config.digest === 'string' ? config.digest : null
}

/**
 * Copies index.json, oci-layout and the JSON blobs (indexes, manifests, configs) of a layout into
 * dest: a layout without layers, enough to compare manifests and configs. Returns each platform.
 */
export async function copyLayoutMetadata(
  layout: string,
  dest: string,
  fallbackPlatform: string | null
): Promise<RecordedPlatform[]> {
  await fs.mkdir(dest, { recursive: true })
  const indexText = await fs.readFile(path.join(layout, 'index.json'), 'utf8')
  await fs.writeFile(path.join(dest, 'index.json'), indexText)
  await fs.copyFile(path.join(layout, 'oci-layout'), path.join(dest, 'oci-layout')).catch(() => undefined)
  const root = layoutRoot(JSON.parse(indexText))
  if (root === null) throw new BuildLabError(`${layout}/index.json lists no image`)
  const platforms: RecordedPlatform[] = []
  const addManifest = async (digest: string, platform: string | null): Promise<void> => {
    await copyBlob(layout, dest, digest)
    const manifest = await readBlobJson(layout, digest)
    const config = configDigest(manifest)
    let name = platform
    let diffIds: string[] | null = null
    if (config !== null) {
      await copyBlob(layout, dest, config)
      const configJson = await readBlobJson(layout, config)
      name ??= platformName(configJson)
      diffIds = diffIdsOf(configJson)
    }
    if (name !== null && !name.startsWith('unknown/'))
      platforms.push({ platform: name, manifest: digest, config, diffIds })
  }
  if (INDEX_MEDIA_TYPES.has(root.mediaType)) {
    await copyBlob(layout, dest, root.digest)
    const index = asRecord(await readBlobJson(layout, root.digest))
    for (const m of Array.isArray(index.manifests) ? index.manifests : []) {
      const d = asRecord(m)
      if (typeof d.digest !== 'string') continue
      const name = platformName(d.platform)
      // Attestation manifests carry platform unknown/unknown: kept in the index, not compared.
      if (name !== null && name.startsWith('unknown/')) continue
      await addManifest(d.digest, name)
    }
  } else {
    await addManifest(root.digest, fallbackPlatform)
  }
  return platforms.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
}

/**
 * Builds once with --no-cache from a fresh-checkout copy of the context, stages the record and uploads it.
 * What it logs, records, returns and throws is redacted.
 */
export async function recordRun(options: RecordOptions, deps: RecordDeps): Promise<RecordOutcome> {
  const redactor = await loadRedactor(options)
  const log: RecordLogger = redactingPhaseLogger(deps.log, redactor)
  try {
    return await recordBuild(options, { ...deps, log }, value => redactor.data(value))
  } catch (error) {
    throw redactError(error, redactor)
  }
}

/** What buildRecord leaves behind: the record, its staged artifact directory and the build's OCI layout. */
export interface BuiltRecord {
  record: CrossRunnerRecord
  artifactDir: string
  /** the build's own OCI layout (with layers); absent when the build failed */
  layoutDir: string
}

export type BuildRecordDeps = Pick<RecordDeps, 'engine' | 'log' | 'nowMs'> & {
  sleep?: (ms: number) => Promise<void>
}

/**
 * One cold, isolated build (the gate's isolated build path: --no-cache, a fresh-checkout copy), staged as a
 * record artifact directory with the base images its FROM steps resolved and each platform's packages.
 * Nothing is uploaded. What it records is redacted by `redact`.
 */
export async function buildRecord(
  options: Omit<RecordOptions, 'prefix'>,
  deps: BuildRecordDeps,
  redact: <T>(value: T) => T
): Promise<BuiltRecord> {
  const { context, dockerfile } = await resolveInputs(options.context, options.file)

  const { engine, epoch } = await deps.log.group('Checking the engine', async () => {
    const engine = await fitEngine(deps.engine, line => deps.log.info(line), options.builder)
    if (engine.builder) deps.log.info(builderLine(engine))
    const { epoch } = await buildEpoch(options.epoch, options.buildArgs, context)
    return { engine, epoch }
  })

  const workDir = options.workDir ?? (await makeTempDir('build-lab-record-'))
  const artifactDir = path.join(workDir, 'artifact')
  const layoutDir = path.join(workDir, 'oci')
  await fs.mkdir(artifactDir, { recursive: true })

  const secretNames = options.secretBuildArgs ?? []
  const title = `Recording ${options.runner.label}: isolated build (--no-cache, fresh checkout)`
  const { run, platforms, image } = await deps.log.group(title, async () => {
    deps.log.info(`epoch ${epoch}`)
    const built = await isolatedBuild(
      {
        plan: buildPlan(options, { dockerfile, epoch, engine }, { pull: options.pull === true }),
        context,
        run: 1,
        outputDir: layoutDir,
        metadataFile: path.join(workDir, 'metadata.json'),
        copyTo: path.join(workDir, copyName('context', context)),
        dockerfile,
        exclude: [],
        afterMs: 0,
        isSecret: name => isSecretArg(name, secretNames)
      },
      {
        engine: deps.engine,
        nowMs: deps.nowMs,
        sleep: deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
        info: line => deps.log.info(line),
        onRetry: error => deps.log.info(`the engine failed the build (${error}): building once more`)
      }
    )
    const run = redact(built.record)

    let platforms: RecordedPlatform[] = []
    let image: CrossRunnerRecord['image'] = { uploaded: false, bytes: null, note: 'the build failed' }
    if (run.error === null) {
      const single = run.platforms.length === 1 ? run.platforms[0]!.platform : null
      platforms = await copyLayoutMetadata(layoutDir, path.join(artifactDir, RecordFiles.Layout), single)
      platforms = await withPackages(layoutDir, platforms, line => deps.log.info(line))
      const bytes = (await listLayout(layoutDir)).reduce((n, f) => n + f.size, 0)
      if (options.maxImageBytes <= 0) {
        image = { uploaded: false, bytes, note: 'image upload is off (upload-image-max-mb: 0)' }
      } else if (bytes > options.maxImageBytes) {
        image = {
          uploaded: false,
          bytes,
          note: `the image (${formatBytes(bytes)}) is over upload-image-max-mb (${formatBytes(options.maxImageBytes)})`
        }
      } else {
        await writeLayoutTar(layoutDir, path.join(artifactDir, RecordFiles.ImageTar))
        image = { uploaded: true, bytes, note: null }
      }
      deps.log.info(
        `digest ${run.digest ?? '-'}; ${image.uploaded ? 'the image goes with the record' : (image.note ?? '')}`
      )
    } else {
      deps.log.info(`the build failed: ${run.error}`)
    }
    const dockerfileText = await fs.readFile(dockerfile)
    if (dockerfileText.length <= MAX_DOCKERFILE_BYTES) {
      await fs.writeFile(path.join(artifactDir, RecordFiles.Dockerfile), dockerfileText)
    }
    return { run, platforms, image }
  })

  const record: CrossRunnerRecord = redact({
    schema: RECORD_SCHEMA,
    runner: options.runner,
    workflow: options.workflow,
    build: {
      context: relativePosix(options.workspace, context),
      dockerfile: relativePosix(options.workspace, dockerfile),
      target: options.target,
      platforms: [...options.platforms].sort(),
      buildArgs: options.buildArgs
        .filter(a => a.name !== 'SOURCE_DATE_EPOCH')
        .map(a => displayBuildArg(a, secretNames)),
      epoch,
      network: options.network,
      provenance: options.provenance
    },
    digest: run.error === null ? run.digest : null,
    platforms,
    error: run.error,
    durationMs: run.durationMs,
    startedAt: run.startedAt,
    engine: {
      docker: engine.docker,
      buildx: engine.buildx,
      buildkit: engine.buildkit,
      driver: engine.driver
    },
    image,
    bases: resolvedBases(run.steps)
  })
  await fs.writeFile(path.join(artifactDir, RecordFiles.Record), JSON.stringify(record, null, 2) + '\n')
  return { record, artifactDir, layoutDir }
}

/** Each platform with the packages its image holds; a platform whose layers cannot be read gets null. */
async function withPackages(
  layoutDir: string,
  platforms: RecordedPlatform[],
  info: (line: string) => void
): Promise<RecordedPlatform[]> {
  const src = await openImage(layoutDir)
  const out: RecordedPlatform[] = []
  for (const p of platforms) {
    try {
      const packages = await readImagePackages(src, p.manifest, `the ${p.platform} image`, info)
      info(
        `${p.platform}: ${packages.packages.length} packages (${packages.sources.join(', ') || 'no package database'})`
      )
      out.push({ ...p, packages })
    } catch (error) {
      info(`${p.platform}: the packages were not read: ${errorMessage(error)}`)
      out.push({ ...p, packages: null })
    }
  }
  return out
}

async function recordBuild(
  options: RecordOptions,
  deps: RecordDeps,
  redact: <T>(value: T) => T
): Promise<RecordOutcome> {
  const artifactName = recordArtifactName(options.prefix, options.runner.label)
  const { record, artifactDir } = await buildRecord(options, deps, redact)

  await deps.log.group(`Uploading the record as artifact ${artifactName}`, async () => {
    const files = (await listLayout(artifactDir)).map(f => f.abs)
    try {
      const stored = await deps.store.upload(artifactName, files, artifactDir)
      deps.log.info(`uploaded ${artifactName} (${formatBytes(stored.size)})`)
    } catch (error) {
      throw new BuildLabError(
        `could not upload the record ${artifactName}: ${errorMessage(error)}. The compare job needs every runner's record`
      )
    }
  })
  return { record, artifactName, artifactDir }
}
