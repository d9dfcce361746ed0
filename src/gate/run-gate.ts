// Orchestrates the gate: engine check, epoch, run 1 (warm), runs 2..N (isolated, fresh checkout), verdict.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { isSecretArg } from '../core/build/args.js'
import type { Redactor } from '../core/redact.js'
import { type PhaseLogger, redactingPhaseLogger } from '../core/phase-log.js'
import { runFailureMessage } from '../core/build/failure.js'
import { BuildLabError, errorMessage, Interrupted, throwIfInterrupted } from '../core/errors.js'
import { type GateResult, gateTimings, gateVerdict, keptLayouts, type RunRecord } from '../core/gate.js'
import { DEFAULT_MAX_DISTINCT, DEFAULT_RUNS } from '../core/runs.js'
import { epochCacheNote } from '../core/buildkit/engine-check.js'
import type { Step } from '../core/progress.js'
import type { MissReport } from '../core/miss/report.js'
import type { ImageDiff } from '../core/diff/index.js'
import type { Equality } from '../core/equality.js'
import { type AllowGlob, applyAllowList } from '../core/allow-list.js'
import { runBuildRetrying } from '../build/run-build.js'
import { buildEpoch, builderLine, fitEngine } from '../build/preflight.js'
import { type BuilderTarget, type CacheRef, buildxArgs, displayArgs } from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'
import { loadRedactor, redactError } from '../buildkit/secrets.js'
import { closeWorkDir, contextCopyDir, openWorkDir } from './work-dir.js'
import { explainBuild, hashContextFiles, type MissContext } from '../cache/input-record.js'
import { richText, costliestMiss } from '../core/report/miss-render.js'
import { missSentence } from '../core/miss/map.js'
import type { DiagnoseHints } from '../oci/diagnose.js'
import { dockerfileExcluding, excludedPaths, NEVER_SENT_WHY } from '../context/tool-state.js'
import {
  checkoutTimeContext,
  type FreshCopy,
  isolatedBuild,
  startFreshCopy
} from '../build/isolated-build.js'
import { type BuildRequest, buildPlan, resolveInputs } from '../build/request.js'

export interface GateOptions extends BuildRequest {
  varyMtime: boolean
  /** how many runs: run 1 warm, then runs − 1 isolated ones (default 2) */
  runs?: number
  /** the drift policy: the gate passes when the runs give at most this many images (default 1) */
  maxDistinctDigests?: number
  /** what counts as the same image (default digest); content accepts layers that only compress differently */
  equality?: Equality
  /** cache import/export for run 1 (run 2 never uses a cache) */
  cacheFrom: CacheRef[]
  cacheTo: CacheRef[]
  /**
   * where to write layouts and metadata; a new temporary directory when not given. Either way the gate's
   * files are removed when it ends, except the two compared layouts of a failure.
   */
  workDir?: string
  /** the invocation's redactor, when the caller made it already; else made from the request */
  redactor?: Redactor
  /** image paths whose differences are allowed (`ignore-paths`, `--ignore`): the gate then passes with a warning */
  ignore?: AllowGlob[]
}

export interface GateLogger extends PhaseLogger {
  /** a Dockerfile step started or finished in a run */
  step(run: number, step: Step, phase: 'started' | 'completed'): void
}

export interface GateDeps {
  engine: Engine
  log: GateLogger
  nowMs(): number
  sleep(ms: number): Promise<void>
  /**
   * Restores a cache once the engine is known to be fit, and says what run 1 imports and exports.
   * Omitted: run 1 uses options.cacheFrom / options.cacheTo.
   */
  prepareCache?: (build: {
    context: string
    dockerfile: string
    /** the builder the engine check found, for helper builds */
    builder: BuilderTarget
  }) => Promise<{ cacheFrom: CacheRef[]; cacheTo: CacheRef[]; miss?: MissContext }>
  /**
   * Runs after run 1 succeeded and before run 2 (which, with --no-cache, leaves every cache mount
   * holding only its own writes): the action dumps and saves the cache mounts here. Never throws.
   */
  afterRun1?: () => Promise<void>
  /** aborted on SIGINT/SIGTERM (the engine stops its docker child): the gate cleans up and throws Interrupted */
  signal?: AbortSignal
  /** the diagnosis of two differing OCI layouts; omitted: no diagnosis */
  diagnose?: (run1Dir: string, run2Dir: string, hints: DiagnoseHints) => Promise<ImageDiff>
}

function retryNote(log: GateLogger, run: number): (error: string) => void {
  return error =>
    log.info(`run ${run} failed in the engine, not in the Dockerfile (${error}): building it once more`)
}

/** A logger that redacts every line and step before it reaches `log`. */
export function redactingLogger(log: GateLogger, redactor: Redactor): GateLogger {
  return {
    ...redactingPhaseLogger(log, redactor),
    step: (run, step, phase) => log.step(run, redactor.data(step), phase)
  }
}

/**
 * Runs the whole gate. Throws BuildLabError (exit 2) for input, engine and run-1 failures, Interrupted on
 * SIGINT/SIGTERM. What it logs, returns and throws is redacted: no secret value leaves it. Its temporary
 * files are removed when it ends, except the two compared layouts of a failure.
 */
export async function runGate(options: GateOptions, deps: GateDeps): Promise<GateResult> {
  // ms since the process started: Node's own start and the loading of build-lab's code
  const beforeGateMs = Math.round(performance.now())
  const redactor = options.redactor ?? (await loadRedactor(options))
  const work = await openWorkDir(options.workDir)
  const background: Promise<unknown>[] = []
  let result: GateResult | null = null
  try {
    result = redactor.data(
      await gate(options, { ...deps, log: redactingLogger(deps.log, redactor) }, work.dir, {
        beforeGateMs,
        background
      })
    )
    return result
  } catch (error) {
    if (error instanceof Interrupted) throw error
    throw redactError(error, redactor)
  } finally {
    await Promise.all(background)
    await closeWorkDir(work, options.runs ?? DEFAULT_RUNS, result !== null ? keptLayouts(result) : [])
  }
}

const DAY = 86_400

async function gate(
  options: GateOptions,
  deps: GateDeps,
  workDir: string,
  /** beforeGateMs: see GateTimings; background: work that must settle before the work dir goes */
  { beforeGateMs, background }: { beforeGateMs: number | null; background: Promise<unknown>[] }
): Promise<GateResult> {
  const startedMs = deps.nowMs()
  const { context, dockerfile } = await resolveInputs(options.context, options.file)

  let probesMs = 0
  const { engine, epoch, source } = await deps.log.group('Checking the engine', async () => {
    const engine = await fitEngine(deps.engine, line => deps.log.info(line), options.builder)
    probesMs = deps.nowMs() - startedMs
    if (engine.builder) deps.log.info(builderLine(engine))
    const { epoch, source } = await buildEpoch(options.epoch, options.buildArgs, context)
    deps.log.info(
      `epoch ${epoch} (${source === 'git' ? 'commit time of HEAD' : source === 'input' ? 'given' : 'default'})`
    )
    const epochNote = epochCacheNote(engine, epoch)
    if (epochNote !== null) deps.log.info(epochNote)
    return { engine, epoch, source }
  })

  const plan = buildPlan(options, { dockerfile, epoch, engine })
  const isSecret = (name: string): boolean => isSecretArg(name, options.secretBuildArgs ?? [])
  const cache = deps.prepareCache
    ? await deps.prepareCache({ context, dockerfile, builder: plan })
    : { cacheFrom: options.cacheFrom, cacheTo: options.cacheTo }
  const runDir = (n: number) => path.join(workDir, `run${n}`)
  // Hashed while run 1 builds: what each COPY read, for the explanation of run 1's misses.
  const hashing = hashContextFiles(context, dockerfile).catch((error: unknown) => errorMessage(error))
  const explainRun1 = async (steps: Step[], epoch: number): Promise<MissReport | null> => {
    const files = await hashing
    if (typeof files === 'string') {
      deps.log.info(`the cache misses of run 1 are not explained: ${files}`)
      return null
    }
    const explained = await explainBuild({
      dockerfileText: await fs.readFile(dockerfile, 'utf8'),
      buildArgs: options.buildArgs,
      epoch,
      files,
      steps,
      miss: cache.miss ?? { previous: null, origin: { hit: 'off' }, recordDir: null },
      build: { noCache: false }
    })
    if (explained.problem !== null) deps.log.info(explained.problem)
    const top = explained.report ? costliestMiss(explained.report) : null
    if (top !== null) deps.log.info(`why run 1 ran steps: ${richText(missSentence(top))}`)
    return explained.report
  }

  // build-lab's own state and .git never reach BuildKit: the copies leave them out, and a build of the
  // context itself gets a Dockerfile-specific .dockerignore that does.
  const excluded = await excludedPaths(context, dockerfile)
  if (excluded.length > 0) deps.log.info(`left out of both runs: ${excluded.join(', ')} (${NEVER_SENT_WHY})`)
  const context1 = options.varyMtime
    ? await checkoutTimeContext(
        {
          context,
          dockerfile,
          epoch,
          exclude: excluded,
          dest: contextCopyDir(workDir, 1, context),
          builder: 'run 1'
        },
        { nowMs: deps.nowMs, info: line => deps.log.info(line), signal: deps.signal }
      )
    : context

  // Run 2's copy is made while run 1 builds: both only read context1. Whatever happens to run 1, the
  // copy settles before the work dir goes. Its mtime leaves room for the later runs' copies, a day apart.
  const runs = options.runs ?? DEFAULT_RUNS
  const copyTo = (n: number): string | null =>
    options.varyMtime ? contextCopyDir(workDir, n, context) : null
  const copy2 = copyTo(2)
  const copyStartedMs = deps.nowMs()
  let copyMs: number | null = null
  const copying: FreshCopy | undefined =
    copy2 === null
      ? undefined
      : timedCopy(
          startFreshCopy(
            {
              context: context1,
              dest: copy2,
              epoch,
              dockerfile,
              exclude: excluded,
              mtime: { span: runs - 1 }
            },
            deps.nowMs
          ),
          () => (copyMs = deps.nowMs() - copyStartedMs)
        )
  if (copying) background.push(copying.done)
  const dockerfile1 =
    context1 === context
      ? await dockerfileExcluding(context, dockerfile, excluded, path.join(workDir, 'dockerfile'))
      : dockerfile
  const args1 = buildxArgs(
    { ...plan, dockerfile: dockerfile1 },
    {
      context: context1,
      outputDir: runDir(1),
      metadataFile: path.join(workDir, 'metadata-run1.json'),
      noCache: false,
      cacheFrom: cache.cacheFrom,
      cacheTo: cache.cacheTo
    }
  )
  const attempt1 = await deps.log.group('Run 1: warm build', async () => {
    deps.log.info(`docker ${displayArgs(args1, isSecret).join(' ')}`)
    const attempt = await runBuildRetrying(
      1,
      args1,
      { metadataFile: path.join(workDir, 'metadata-run1.json'), outputDir: runDir(1) },
      { ...deps, onStep: (step, phase) => deps.log.step(1, step, phase), onRetry: retryNote(deps.log, 1) }
    )
    if (attempt.record.error !== null) {
      throw new BuildLabError(
        runFailureMessage(1, attempt.failure ?? 'engine', attempt.record.error, attempt.attempts),
        { detail: attempt.record.errorLog ?? undefined }
      )
    }
    return attempt
  })
  const run1 = attempt1.record

  const misses = await explainRun1(run1.steps, epoch)
  if (deps.afterRun1) await deps.log.group('Saving the cache mounts', deps.afterRun1)

  let clockWaitMs = 0
  const records: RunRecord[] = [run1]
  const copyMtimes = new Map<number, number>()
  for (let n = 2; n <= runs; n++) {
    const before = records[records.length - 1]
    const first = copyMtimes.get(2)
    const { record, copy } = await deps.log.group(
      `Run ${n}: isolated build (--no-cache, fresh checkout)`,
      async () => {
        const { record, copy, failure, attempts } = await isolatedBuild(
          {
            plan: { ...plan, dockerfile: options.varyMtime ? dockerfile : dockerfile1 },
            context: context1,
            run: n,
            outputDir: runDir(n),
            metadataFile: path.join(workDir, `metadata-run${n}.json`),
            copyTo: copyTo(n),
            ...(n === 2 && copying ? { copying } : {}),
            // Each later run gets its own mtime, a day after the one before it.
            ...(first !== undefined ? { copyMtime: { mtime: first + DAY * (n - 2) } } : {}),
            dockerfile,
            exclude: excluded,
            // Not run 1's exit: its export that follows the last step embeds no clock (SOURCE_DATE_EPOCH).
            afterMs: n === 2 ? attempt1.stepsEndedMs : Date.parse(before.startedAt) + before.durationMs,
            isSecret
          },
          {
            engine: deps.engine,
            nowMs: deps.nowMs,
            sleep: ms => {
              if (n === 2) clockWaitMs += ms
              return deps.sleep(ms)
            },
            info: line => deps.log.info(line),
            onStep: (step, phase) => deps.log.step(n, step, phase),
            onRetry: retryNote(deps.log, n),
            signal: deps.signal
          }
        )
        // Only a step that exits non-zero in the clean build is a finding; the engine failing is not a verdict.
        if (record.error !== null && failure !== 'step') {
          throw new BuildLabError(runFailureMessage(n, failure ?? 'engine', record.error, attempts), {
            detail: record.errorLog ?? undefined
          })
        }
        return { record, copy }
      }
    )
    if (copy !== null) copyMtimes.set(n, copy.mtime)
    records.push(record)
    // A clean build that fails in a step is the verdict already: no later run could change it.
    if (record.error !== null) break
  }
  const run2 = records[1]
  const runs2To = records.length > 2 ? records[records.length - 1] : run2
  // The timings are those of runs 1 and 2: the later runs' time is left out of the verdict's share.
  const laterRunsMs =
    Date.parse(runs2To.startedAt) + runs2To.durationMs - (Date.parse(run2.startedAt) + run2.durationMs)

  const equality = options.equality ?? 'digest'
  const maxDistinct = options.maxDistinctDigests ?? DEFAULT_MAX_DISTINCT
  const v = gateVerdict(records, equality, maxDistinct)
  const diagnose = deps.diagnose
  const pair = v.compared
  const diff =
    !v.reproducible && pair !== null && diagnose
      ? await deps.log.group(
          records.length === 2
            ? 'Diagnosing the difference'
            : `Diagnosing the difference (run ${pair[0]} and run ${pair[1]})`,
          async (): Promise<ImageDiff | null> => {
            const hints: DiagnoseHints = {
              dockerfile: { path: dockerfile, text: await fs.readFile(dockerfile, 'utf8') },
              target: options.target,
              contextMtime: copyMtimes.get(pair[1]) ?? null,
              buildkit: engine.buildkit
            }
            try {
              return await diagnose(runDir(pair[0]), runDir(pair[1]), hints)
            } catch (error) {
              throwIfInterrupted(deps.signal)
              // The verdict stands without a diagnosis; say why there is none.
              deps.log.info(`could not diagnose the difference: ${errorMessage(error)}`)
              return null
            }
          }
        )
      : null
  const ignore = options.ignore ?? []
  const allowList = !v.reproducible && ignore.length > 0 ? applyAllowList(ignore, diff) : null
  if (allowList !== null) deps.log.info(`allow-list: ${allowList.reason}`)
  const timings = gateTimings({
    beforeGateMs,
    startedMs,
    probesMs,
    runs: [run1, run2],
    copyMs,
    clockWaitMs,
    endMs: deps.nowMs() - laterRunsMs
  })
  return {
    reproducible: v.reproducible,
    digest: run1.digest,
    epoch,
    epochSource: source,
    reason: v.reason,
    varyMtime: options.varyMtime,
    equality,
    sameContent: v.sameContent,
    runs: records,
    platforms: v.platforms,
    engine,
    diff,
    workDir,
    dockerfile,
    ...(allowList !== null ? { allowList } : {}),
    ...(misses !== null ? { misses } : {}),
    timings,
    maxDistinctDigests: maxDistinct,
    distinctDigests: v.distinct,
    digestGroups: v.groups,
    compared: v.compared
  }
}

/** The copy, calling `onDone` when it settles (for the timings). */
function timedCopy(copy: FreshCopy, onDone: () => void): FreshCopy {
  return {
    done: copy.done.then(outcome => {
      onDone()
      return outcome
    })
  }
}
