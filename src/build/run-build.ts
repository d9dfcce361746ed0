// Runs one build and reads what it produced: progress, metadata, per-platform digests.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { type BuildFailureKind, classifyBuildFailure, failureOf } from '../core/build/failure.js'
import { throwIfInterrupted } from '../core/errors.js'
import { imageContent } from '../core/equality.js'
import { type RunRecord, stepsEnded } from '../core/gate.js'
import { openImage } from '../oci/open-image.js'
import { INDEX_MEDIA_TYPES, layoutRoot, parseMetadata, platformManifests } from '../core/build/metadata.js'
import { orderSteps, ProgressParser, rootError, type Step } from '../core/progress.js'
import type { Engine } from '../buildkit/engine.js'

async function readLayoutPlatforms(dir: string, single: string | null, digest: string) {
  try {
    const root = layoutRoot(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')))
    if (root && INDEX_MEDIA_TYPES.has(root.mediaType)) {
      const [alg, hex] = root.digest.split(':')
      const index: unknown = JSON.parse(await fs.readFile(path.join(dir, 'blobs', alg, hex), 'utf8'))
      return platformManifests(index)
    }
  } catch {
    // A layout we cannot read leaves the platform list to the metadata alone.
  }
  return single ? [{ platform: single, digest }] : []
}

function lastLines(text: string, n: number): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  return lines.slice(-n).join('\n')
}

export interface BuildDeps {
  engine: Engine
  nowMs(): number
  /** a Dockerfile step started or finished */
  onStep?: (step: Step, phase: 'started' | 'completed') => void
  /** aborted on SIGINT/SIGTERM: the engine passes the signal on to the docker child */
  signal?: AbortSignal
}

/** A run record, and whose fault its failure is (null when it succeeded). */
export interface BuildAttempt {
  record: RunRecord
  failure: BuildFailureKind | null
  /** how many builds it took: 2 after one retry */
  attempts: number
  /**
   * When the build last ran a Dockerfile step (ms): see stepsEnded. A clock the image embeds reads no
   * later than this; the export that follows it writes SOURCE_DATE_EPOCH.
   */
  stepsEndedMs: number
}

/**
 * Runs one `docker buildx build` (args from buildxArgs) and turns its progress stream, metadata file and
 * OCI layout into a run record. A failed build is a record with `error` set, not a throw.
 */
export async function runBuild(
  run: number,
  args: string[],
  files: { metadataFile: string; outputDir: string },
  deps: BuildDeps
): Promise<RunRecord> {
  return (await buildOnce(run, args, files, deps)).record
}

/**
 * runBuild, built once more when the engine (not the Dockerfile) failed it: a lost connection or session,
 * a cancelled export. An interrupt throws Interrupted instead.
 */
export async function runBuildRetrying(
  run: number,
  args: string[],
  files: { metadataFile: string; outputDir: string },
  deps: BuildDeps & { onRetry?: (error: string) => void }
): Promise<BuildAttempt> {
  const first = await buildOnce(run, args, files, deps)
  if (first.failure !== 'engine') return first
  deps.onRetry?.(first.record.error ?? '')
  await fs.rm(files.outputDir, { recursive: true, force: true })
  await fs.rm(files.metadataFile, { force: true })
  return { ...(await buildOnce(run, args, files, deps)), attempts: 2 }
}

async function buildOnce(
  run: number,
  args: string[],
  files: { metadataFile: string; outputDir: string },
  deps: BuildDeps
): Promise<BuildAttempt> {
  const { metadataFile, outputDir } = files
  const parser = new ProgressParser({
    onStepStarted: step => deps.onStep?.(step, 'started'),
    onStepCompleted: step => deps.onStep?.(step, 'completed')
  })
  const started = deps.nowMs()
  const exitCode = await deps.engine.run(
    args,
    chunk => parser.push(chunk),
    undefined,
    deps.signal ? { signal: deps.signal } : {}
  )
  // The child has exited: an interrupt ends the command here, not as a failed build.
  throwIfInterrupted(deps.signal)
  const ended = deps.nowMs()
  const durationMs = ended - started
  const progress = parser.end()
  const stepsEndedMs = stepsEnded(progress.steps, started, ended)
  const record: RunRecord = {
    run,
    digest: null,
    platforms: [],
    durationMs,
    startedAt: new Date(started).toISOString(),
    cacheHitRatio: progress.cacheHitRatio,
    cachedSteps: progress.cachedSteps,
    totalSteps: progress.totalSteps,
    steps: orderSteps(progress.steps),
    error: null,
    errorLog: null
  }
  if (exitCode !== 0) {
    // The root failure, not a sibling step that BuildKit cancelled because of it.
    const failed = rootError(progress.errors)
    const buildxError = progress.otherText.split('\n').find(l => /^ERROR|^error:/i.test(l.trim()))
    record.error = failed
      ? `${failed.name}: ${failed.error ?? 'failed'}`
      : (buildxError?.trim() ?? lastLines(progress.otherText, 1)) || `docker exited with ${exitCode}`
    record.errorLog = failed ? lastLines(failed.log, 15) : lastLines(progress.otherText, 15)
    const failure = classifyBuildFailure(failureOf(progress))
    return { record, failure, attempts: 1, stepsEndedMs }
  }
  const meta = parseMetadata(await fs.readFile(metadataFile, 'utf8'), `run ${run} metadata (${metadataFile})`)
  record.digest = meta.digest
  record.platforms = await readLayoutPlatforms(outputDir, meta.platform, meta.digest)
  try {
    record.content = await imageContent(await openImage(outputDir))
  } catch {
    // Without the layout's configs, content equality has nothing to go on and says so.
  }
  return { record, failure: null, attempts: 1, stepsEndedMs }
}
