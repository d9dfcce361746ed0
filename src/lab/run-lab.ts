// Orchestrates a lab run: engine check, epoch, then each scenario (prime, mutate, build, measure) into records.
import { copyName } from '../build/temp-dir.js'
import { randomBytes, randomInt } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { type CacheRef, type Network, buildxArgs } from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'
import { runBuild } from '../build/run-build.js'
import { type BuildArg, displayBuildArg } from '../core/build/args.js'
import type { BuildIdentity } from '../core/build/identity.js'
import type { BuildSecret } from '../core/build/secrets.js'
import { loadRedactor } from '../buildkit/secrets.js'
import { BuildLabError } from '../core/errors.js'
import type { RunRecord } from '../core/gate.js'
import { type Step, workHits } from '../core/progress.js'
import {
  type BaseImage,
  fromImages,
  LAB_RECORD_SCHEMA,
  type LabRecord,
  type Scenario
} from '../core/lab/scenario.js'
import { checkoutTimeContext, isolatedBuild } from '../build/isolated-build.js'
import { dockerfileExcluding, excludedPaths, NEVER_SENT_WHY } from '../context/tool-state.js'
import { buildEpoch, builderLine, fitEngine } from '../build/preflight.js'
import { buildPlan, resolveInputs } from '../build/request.js'
import { resolveImageIds } from './base-images.js'
import { type Injection, type LabCache, openLabCache } from './lab-cache.js'
import { prepareContext } from './mutation.js'
import { appendRecords } from './results.js'
import { explainBuild, hashContextFiles, type MissContext, readInputRecord } from '../cache/input-record.js'
import type { MissReport } from '../core/miss/report.js'

export interface LabOptions {
  context: string
  /** the Dockerfile as the user gave it; null: <context>/Dockerfile */
  file: string | null
  target: string | null
  buildArgs: BuildArg[]
  platforms: string[]
  network: Network
  /** BuildKit secrets for every build */
  secrets?: BuildSecret[]
  /** build-args whose values are secret though their names don't look it */
  secretBuildArgs?: string[]
  /** the buildx builder or docker context to build on; null or absent: the current builder */
  builder?: string | null
  /** the epoch as given; empty or undefined: commit time of HEAD, else 0 */
  epoch?: string
  scenarios: Scenario[]
  /** measured builds per scenario; undefined: the scenario's own `repeat`, else 1 */
  repeat?: number
  /** the results file to append to; null: do not write */
  results: string | null
  /** the local lab cache directory (default: `cache/local` beside the results file, else in the work dir) */
  cacheDir?: string
  /** the registry reference for cache_mode registry */
  cacheRef: string | null
  inject: Injection | null
  /** scratch space; a new temporary directory (removed at the end) when not given */
  workDir?: string
}

export interface LabLogger {
  info(line: string): void
  /** a scenario's build starts: `repeat` of `of` */
  scenario(scenario: Scenario, repeat: number, of: number): void
  step(step: Step, phase: 'started' | 'completed'): void
  /** a scenario's build finished and was recorded */
  record(record: LabRecord): void
}

export interface LabDeps {
  engine: Engine
  log: LabLogger
  nowMs(): number
  /** waits before an isolated build, so that it starts in a later second (default: a timer) */
  sleep?: (ms: number) => Promise<void>
  /** a number that makes each mutation unique (default: random) */
  nonce?: () => number
  /** called after a cache was primed and before the measured builds (tests reset the daemon here) */
  afterPrime?: (mode: LabCache['mode']) => Promise<void>
  /** aborted on SIGINT/SIGTERM: the running build stops, its cache export is dropped, and the run throws Interrupted */
  signal?: AbortSignal
}

/** One `docker buildx build` the lab ran, for the bench to replay raw. */
export interface LabBuild {
  scenario: string
  kind: 'prime' | 'measure' | 'retry'
  args: string[]
  durationMs: number
}

export interface LabResult {
  runId: string
  records: LabRecord[]
  builds: LabBuild[]
  /** wall time of the whole run, for the overhead figure */
  wallMs: number
  workDir: string
}

/** A build's record and why its steps ran (null when it failed or could not be told). */
interface Built {
  run: RunRecord
  misses: MissReport | null
}

function labStep(step: Step): LabRecord['steps'][number] {
  return {
    name: step.name,
    instruction: step.instruction,
    cached: step.cached,
    durationMs: step.durationMs,
    error: step.error,
    startedAt: step.startedAt
  }
}

/** The hit ratio over the steps that do work: a --no-cache build is 0% (see workHits). */
function labHits(steps: readonly Step[]): Pick<LabRecord, 'cache_hit_ratio' | 'cachedSteps' | 'totalSteps'> {
  const hits = workHits(steps)
  return { cache_hit_ratio: hits.cacheHitRatio, cachedSteps: hits.cachedSteps, totalSteps: hits.totalSteps }
}

const EXACT_HIT_NOTE =
  'the context is the one the local cache was made from: the build imports the cache and exports none, as the action does after an exact hit'

// A failure of a Dockerfile step is the build's own; anything else (cache import or export) may be the cache's.
const DOCKERFILE_STEP_ERROR = /^\[[^\]]*\d+\/\d+\] /

function newRunId(nowMs: number): string {
  const stamp = new Date(nowMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${stamp}-${randomBytes(2).toString('hex')}`
}

/** Runs the scenarios in order and appends one record per measured build (and per skipped scenario). */
export async function runLab(options: LabOptions, deps: LabDeps): Promise<LabResult> {
  const wallStart = deps.nowMs()
  const { context, dockerfile } = await resolveInputs(options.context, options.file)
  if (options.scenarios.length === 0)
    throw new BuildLabError('no scenarios to run: pass --all or --scenario NAME')
  if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1)) {
    throw new BuildLabError(`--repeat must be a positive integer (got ${options.repeat})`)
  }
  const needsRegistry = options.scenarios.some(s => s.cache_mode === 'registry')
  if (needsRegistry && options.cacheRef === null && options.inject === null) {
    throw new BuildLabError(
      'a registry scenario needs a cache reference: pass --cache-ref host:port/name:tag or set cache_ref in build-lab.yml'
    )
  }

  // Every build's record and step lines pass through it: no secret value reaches a record or the log.
  const redactor = await loadRedactor(options)
  const dockerfileText = await fs.readFile(dockerfile, 'utf8')
  const baseRefs = fromImages(dockerfileText, options.buildArgs)
  // Independent look-ups run side by side: together they are most of the lab's fixed cost. A named
  // docker context holds the base images on its own daemon, so the image look-up waits for the engine check.
  const [info, { epoch }, defaultImages] = await Promise.all([
    fitEngine(deps.engine, undefined, options.builder),
    buildEpoch(options.epoch, options.buildArgs, context),
    options.builder ? null : resolveImageIds(deps.engine, baseRefs)
  ])
  const daemon = info.dockerContext ?? null
  const initialImages = defaultImages ?? (await resolveImageIds(deps.engine, baseRefs, daemon))
  if (info.builder) deps.log.info(builderLine(info))
  const engine = { docker: info.docker, buildkit: info.buildkit, buildx: info.buildx }

  const ownWorkDir = options.workDir === undefined
  const workDir = options.workDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-lab-')))
  await fs.mkdir(workDir, { recursive: true })
  const cacheRoot =
    options.cacheDir ??
    path.join(options.results ? path.dirname(path.resolve(options.results)) : workDir, 'cache', 'local')
  // Nothing of build-lab's (results, cache, work files, an old .build-lab/) nor .git reaches BuildKit.
  const exclude = await excludedPaths(context, dockerfile, [
    ...(options.results ? [path.resolve(options.results)] : []),
    path.resolve(cacheRoot),
    path.resolve(workDir)
  ])
  if (exclude.length > 0) deps.log.info(`left out of every build: ${exclude.join(', ')} (${NEVER_SENT_WHY})`)
  // As the gate's run 1: a working tree older than the epoch is built from a copy with checkout-time mtimes.
  const source = await checkoutTimeContext(
    {
      context,
      dockerfile,
      epoch,
      exclude,
      dest: path.join(workDir, copyName('context-checkout', context)),
      builder: 'the lab'
    },
    { nowMs: deps.nowMs, info: line => deps.log.info(line) }
  )
  const contextDockerfile =
    source === context
      ? await dockerfileExcluding(context, dockerfile, exclude, path.join(workDir, 'dockerfile'))
      : dockerfile
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  let lastBuildEndMs = 0

  const plan = buildPlan(
    options,
    { dockerfile, epoch, engine: { builder: info.builder ?? null, dockerContext: daemon } },
    { provenance: false }
  )
  const identity: BuildIdentity = {
    context,
    dockerfile,
    target: options.target,
    buildArgs: options.buildArgs.map(a => displayBuildArg(a, options.secretBuildArgs ?? [])),
    platforms: options.platforms
  }
  const runId = newRunId(wallStart)
  const nonce = deps.nonce ?? (() => randomInt(1, 2 ** 31 - 1))
  const builds: LabBuild[] = []
  const records: LabRecord[] = []
  const caches = new Map<LabCache['mode'], LabCache>()
  let buildNo = 0

  const build = async (
    scenario: string,
    kind: LabBuild['kind'],
    target: { context: string; dockerfile: string },
    cache: { noCache: boolean; from: CacheRef[]; to: CacheRef[] }
  ): Promise<Built> => {
    buildNo++
    const outputDir = path.join(workDir, `out-${buildNo}`)
    const metadataFile = path.join(workDir, `metadata-${buildNo}.json`)
    const args = buildxArgs(
      { ...plan, dockerfile: target.dockerfile },
      {
        context: target.context,
        outputDir,
        metadataFile,
        noCache: cache.noCache,
        cacheFrom: cache.from,
        cacheTo: cache.to
      }
    )
    const onStep = (step: Step, phase: 'started' | 'completed'): void =>
      deps.log.step(redactor.data(step), phase)
    const miss = await missContext(cache)
    const run = redactor.data(
      await runBuild(
        buildNo,
        args,
        { metadataFile, outputDir },
        {
          engine: deps.engine,
          nowMs: deps.nowMs,
          onStep: kind === 'prime' ? undefined : onStep,
          ...(deps.signal ? { signal: deps.signal } : {})
        }
      )
    )
    builds.push({ scenario, kind, args, durationMs: run.durationMs })
    lastBuildEndMs = deps.nowMs()
    // The image layout is only read for its digest; keeping it would fill the disk on long runs.
    await fs.rm(outputDir, { recursive: true, force: true })
    await fs.rm(metadataFile, { force: true })
    const misses = run.error === null ? await explain(target, run, miss, cache.noCache) : null
    return { run, misses }
  }

  /** The record kept in the local cache the build imports, and where its own goes (the export, before the swap). */
  const missContext = async (cache: {
    noCache: boolean
    from: CacheRef[]
    to: CacheRef[]
  }): Promise<MissContext> => {
    if (cache.noCache) return { previous: null, origin: { hit: 'off' }, recordDir: null }
    const from = cache.from.find(ref => ref.type === 'local')
    const local = cache.to.find(ref => ref.type === 'local')
    const to = local?.type === 'local' ? local.dir : null
    if (cache.from.length === 0) return { previous: null, origin: { hit: 'miss' }, recordDir: to }
    if (from === undefined || from.type !== 'local') {
      return {
        previous: null,
        origin: { hit: 'off', note: 'the registry cache keeps no record' },
        recordDir: null
      }
    }
    return { previous: await readInputRecord(from.dir), origin: { hit: 'exact' }, recordDir: to }
  }

  const explain = async (
    target: { context: string; dockerfile: string },
    run: RunRecord,
    miss: MissContext,
    noCache: boolean
  ): Promise<MissReport | null> => {
    const files = noCache
      ? new Map<string, string>()
      : await hashContextFiles(target.context, target.dockerfile)
    const explained = await explainBuild({
      dockerfileText: await fs.readFile(target.dockerfile, 'utf8'),
      buildArgs: options.buildArgs,
      epoch,
      files,
      steps: run.steps,
      miss,
      build: { noCache }
    })
    if (explained.problem !== null) deps.log.info(explained.problem)
    return explained.report === null ? null : redactor.data(explained.report)
  }

  /** A build with the cache, falling back to one without it when the cache (not the Dockerfile) fails. */
  const cachedBuild = async (
    scenario: string,
    kind: 'prime' | 'measure',
    target: { context: string; dockerfile: string },
    cache: LabCache,
    importOnly = false
  ): Promise<Built & { degraded: string | null }> => {
    if (cache.unavailable !== null) {
      const built = await build(scenario, kind, target, { noCache: false, from: [], to: [] })
      return { ...built, degraded: `cache unavailable, built without it: ${cache.unavailable}` }
    }
    const refs = await cache.refs(nonce(), { importOnly })
    const built = await build(scenario, kind, target, { noCache: false, from: refs.from, to: refs.to }).catch(
      async (error: unknown) => {
        // Interrupted: the half-written export (next-*) must not outlive the run.
        await cache.discard()
        throw error
      }
    )
    const { run } = built
    if (run.error === null) {
      await cache.commit()
      return { ...built, degraded: null }
    }
    await cache.discard()
    if (DOCKERFILE_STEP_ERROR.test(run.error)) return { ...built, degraded: null }
    cache.unavailable = `the ${cache.mode} cache failed (${run.error})`
    deps.log.info(`${scenario}: ${cache.unavailable}; building again without the cache`)
    const retry = await build(scenario, 'retry', target, { noCache: false, from: [], to: [] })
    if (retry.run.error !== null) return { ...retry, degraded: null }
    return { ...retry, degraded: `cache unavailable, built without it: ${cache.unavailable}` }
  }

  /** The gate's isolated build (run 2): --no-cache, a fresh-checkout copy, a later second than the last build. */
  const isolatedMeasure = async (scenario: string, dir: string, repeat: number): Promise<RunRecord> => {
    buildNo++
    const outputDir = path.join(workDir, `out-${buildNo}`)
    const metadataFile = path.join(workDir, `metadata-${buildNo}.json`)
    const copyTo = path.join(dir, copyName(`context-${repeat}`, source))
    const built = await isolatedBuild(
      {
        plan,
        context: source,
        run: buildNo,
        outputDir,
        metadataFile,
        copyTo,
        dockerfile,
        exclude,
        afterMs: lastBuildEndMs,
        // the command line is not logged here; builds[] keeps the raw args for the bench, as build() does
        isSecret: () => false
      },
      {
        engine: deps.engine,
        nowMs: deps.nowMs,
        sleep,
        info: () => undefined,
        onStep: (step, phase) => deps.log.step(redactor.data(step), phase)
      }
    )
    const record = redactor.data(built.record)
    builds.push({ scenario, kind: 'measure', args: built.args, durationMs: record.durationMs })
    lastBuildEndMs = deps.nowMs()
    await fs.rm(outputDir, { recursive: true, force: true })
    await fs.rm(metadataFile, { force: true })
    if (options.workDir === undefined) await fs.rm(copyTo, { recursive: true, force: true })
    return record
  }

  const cacheFor = async (mode: LabCache['mode']): Promise<LabCache> => {
    let cache = caches.get(mode)
    if (cache === undefined) {
      cache = await openLabCache(mode, {
        dir: cacheRoot,
        ref: options.cacheRef,
        workDir,
        inject: options.inject
      })
      if (cache.injected !== null) deps.log.info(cache.injected)
      if (cache.unavailable !== null) deps.log.info(`the ${mode} cache is unavailable: ${cache.unavailable}`)
      caches.set(mode, cache)
    }
    return cache
  }

  let images = initialImages
  try {
    for (const scenario of options.scenarios) {
      const repeats = options.repeat ?? scenario.repeat ?? 1
      const scenarioDir = path.join(workDir, `scenario-${scenario.name}`)
      const prepared = await prepareContext(
        scenario.input_mutation,
        { context: source, origin: context, dockerfile, exclude },
        scenarioDir,
        epoch,
        Math.floor(deps.nowMs() / 1000)
      )
      const before = images
      const notes = [...prepared.notes]
      const scenarioRecords: LabRecord[] = []
      const cache = scenario.cache_mode === 'none' ? null : await cacheFor(scenario.cache_mode)
      if (cache?.injected) notes.push(cache.injected)

      if (prepared.mutatedFile !== null) {
        deps.log.info(`${scenario.name}: ${prepared.notes[0] ?? `changes ${prepared.mutatedFile}`}`)
      }
      if (prepared.skipped !== null) {
        deps.log.info(`${scenario.name}: ${prepared.skipped}`)
        scenarioRecords.push(
          blankRecord(scenario, 1, 'skipped', [prepared.skipped], new Date(deps.nowMs()).toISOString())
        )
      } else {
        if (cache !== null && !cache.primed) {
          cache.primed = true
          deps.log.info(`priming the ${cache.mode} cache (a build of the unchanged context, not measured)`)
          const primed = await cachedBuild(
            scenario.name,
            'prime',
            { context: source, dockerfile: contextDockerfile },
            cache
          )
          if (primed.run.error !== null) {
            throw new BuildLabError(
              `the priming build failed, so nothing can be measured: ${primed.run.error}`,
              {
                detail: primed.run.errorLog ?? undefined
              }
            )
          }
          await deps.afterPrime?.(cache.mode)
        }
        const isolated = cache === null && scenario.input_mutation === 'fresh-checkout'
        // The context the local cache was made from, unchanged: the action's exact hit, which imports the
        // cache and exports none (a warm CI job with nothing new to save). An edit exports, as the action saves.
        const exactHit = cache?.mode === 'local' && scenario.input_mutation === 'none'
        if (exactHit) notes.push(EXACT_HIT_NOTE)
        for (let repeat = 1; repeat <= repeats; repeat++) {
          if (!isolated) await prepared.apply(nonce(), Math.floor(deps.nowMs() / 1000))
          deps.log.scenario(scenario, repeat, repeats)
          const target = {
            context: prepared.context,
            dockerfile: prepared.context === source ? contextDockerfile : prepared.dockerfile
          }
          const outcome = isolated
            ? { run: await isolatedMeasure(scenario.name, scenarioDir, repeat), misses: null, degraded: null }
            : cache === null
              ? {
                  ...(await build(scenario.name, 'measure', target, { noCache: true, from: [], to: [] })),
                  degraded: null
                }
              : await cachedBuild(scenario.name, 'measure', target, cache, exactHit)
          const { run } = outcome
          const status = run.error !== null ? 'failed' : outcome.degraded !== null ? 'degraded' : 'ok'
          const record: LabRecord = {
            ...blankRecord(
              scenario,
              repeat,
              status,
              outcome.degraded ? [...notes, outcome.degraded] : notes,
              run.startedAt
            ),
            duration_sec: Math.round(run.durationMs) / 1000,
            ...labHits(run.steps),
            digest: run.digest,
            steps: run.steps.map(labStep),
            mutatedFile: prepared.mutatedFile,
            error: run.error,
            ...(outcome.misses ? { misses: outcome.misses } : {})
          }
          scenarioRecords.push(record)
        }
      }
      images = await resolveImageIds(deps.engine, baseRefs, daemon)
      const baseImages: BaseImage[] = baseRefs.map(ref => ({
        ref,
        before: before.get(ref) ?? null,
        after: images.get(ref) ?? null
      }))
      for (const record of scenarioRecords) {
        record.baseImages = baseImages
        for (const b of baseImages) {
          if (b.before !== b.after) {
            record.notes.push(
              `base image ${b.ref} changed during the scenario (${b.before ?? 'absent'} → ${b.after ?? 'absent'}): comparisons with it are invalid`
            )
          }
        }
        deps.log.record(record)
      }
      if (options.results) await appendRecords(options.results, scenarioRecords)
      records.push(...scenarioRecords)
      // A given work dir is kept whole, so that a bench can replay the same builds raw.
      if (ownWorkDir) await fs.rm(scenarioDir, { recursive: true, force: true })
    }
  } finally {
    if (ownWorkDir) await fs.rm(workDir, { recursive: true, force: true })
  }
  return { runId, records, builds, wallMs: deps.nowMs() - wallStart, workDir }

  function blankRecord(
    scenario: Scenario,
    repeat: number,
    status: LabRecord['status'],
    notes: string[],
    startedAt: string
  ): LabRecord {
    return {
      schemaVersion: LAB_RECORD_SCHEMA,
      runId,
      scenario: scenario.name,
      input_mutation: scenario.input_mutation,
      cache_mode: scenario.cache_mode,
      repeat,
      status,
      duration_sec: null,
      cache_hit_ratio: null,
      digest: null,
      cachedSteps: 0,
      totalSteps: 0,
      steps: [],
      epoch,
      engine,
      baseImages: [],
      startedAt,
      build: identity,
      mutatedFile: null,
      notes: [...notes],
      error: null
    }
  }
}
