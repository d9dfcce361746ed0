// Orchestrates the gate: engine check, epoch, run 1 (warm), run 2 (isolated, fresh checkout), verdict.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { isSecretArg } from '../core/build/args.js'
import type { Redactor } from '../core/redact.js'
import { runFailureMessage } from '../core/build/failure.js'
import { BuildLabError, errorMessage, Interrupted, throwIfInterrupted } from '../core/errors.js'
import { type GateResult, keepsLayouts, verdict } from '../core/gate.js'
import { epochCacheNote } from '../core/buildkit/engine-check.js'
import type { Step } from '../core/progress.js'
import type { ImageDiff } from '../core/diff/index.js'
import type { Equality } from '../core/equality.js'
import { type AllowGlob, applyAllowList } from '../core/allow-list.js'
import { runBuildRetrying } from '../build/run-build.js'
import { buildEpoch, builderLine, fitEngine } from '../build/preflight.js'
import {
  type BuilderTarget,
  type BuildPlan,
  type CacheRef,
  buildxArgs,
  displayArgs
} from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'
import { loadRedactor, redactError } from '../buildkit/secrets.js'
import { closeWorkDir, openWorkDir } from './work-dir.js'
import { dockerfileExcluding, excludedPaths, NEVER_SENT_WHY } from '../context/tool-state.js'
import { checkoutTimeContext, isolatedBuild } from '../build/isolated-build.js'
import { type BuildRequest, resolveInputs } from '../build/request.js'

export interface GateOptions extends BuildRequest {
  varyMtime: boolean
  /** what counts as the same image (default digest); content accepts layers that only compress differently */
  equality?: Equality
  /** cache import/export for run 1 (run 2 never uses a cache) */
  cacheFrom: CacheRef[]
  cacheTo: CacheRef[]
  /**
   * where to write layouts and metadata; a new temporary directory when not given. Either way the gate's
   * files are removed when it ends, except both layouts of a failure.
   */
  workDir?: string
  /** the invocation's redactor, when the caller made it already; else made from the request */
  redactor?: Redactor
  /** image paths whose differences are allowed (`ignore-paths`, `--ignore`): the gate then passes with a warning */
  ignore?: AllowGlob[]
}

export interface GateLogger {
  info(line: string): void
  /** a new phase of the gate starts (the action opens a log group) */
  phase(title: string): void
  /** a Dockerfile step started or finished in a run */
  step(run: 1 | 2, step: Step, phase: 'started' | 'completed'): void
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
  }) => Promise<{ cacheFrom: CacheRef[]; cacheTo: CacheRef[] }>
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

export interface DiagnoseHints {
  dockerfile: { path: string; text: string }
  target: string | null
  /** the mtime run 2's copy of the context carried, so a listing of it can be recognised */
  contextMtime: number | null
  /** the BuildKit version both runs used, when known */
  buildkit: string | null
}

function retryNote(log: GateLogger, run: 1 | 2): (error: string) => void {
  return error =>
    log.info(`run ${run} failed in the engine, not in the Dockerfile (${error}): building it once more`)
}

/** A logger that redacts every line and step before it reaches `log`. */
export function redactingLogger(log: GateLogger, redactor: Redactor): GateLogger {
  return {
    info: line => log.info(redactor.text(line)),
    phase: title => log.phase(redactor.text(title)),
    step: (run, step, phase) => log.step(run, redactor.data(step), phase)
  }
}

/**
 * Runs the whole gate. Throws BuildLabError (exit 2) for input, engine and run-1 failures, Interrupted on
 * SIGINT/SIGTERM. What it logs, returns and throws is redacted: no secret value leaves it. Its temporary
 * files are removed when it ends, except both layouts of a failure.
 */
export async function runGate(options: GateOptions, deps: GateDeps): Promise<GateResult> {
  const redactor = options.redactor ?? (await loadRedactor(options))
  const work = await openWorkDir(options.workDir)
  let result: GateResult | null = null
  try {
    result = redactor.data(
      await gate(options, { ...deps, log: redactingLogger(deps.log, redactor) }, work.dir)
    )
    return result
  } catch (error) {
    if (error instanceof Interrupted) throw error
    throw redactError(error, redactor)
  } finally {
    await closeWorkDir(work, result !== null && keepsLayouts(result))
  }
}

async function gate(options: GateOptions, deps: GateDeps, workDir: string): Promise<GateResult> {
  const { context, dockerfile } = await resolveInputs(options.context, options.file)

  deps.log.phase('Checking the engine')
  const engine = await fitEngine(deps.engine, line => deps.log.info(line), options.builder)
  if (engine.builder) deps.log.info(builderLine(engine))
  const { epoch, source } = await buildEpoch(options.epoch, options.buildArgs, context)
  deps.log.info(
    `epoch ${epoch} (${source === 'git' ? 'commit time of HEAD' : source === 'input' ? 'given' : 'default'})`
  )
  const epochNote = epochCacheNote(engine, epoch)
  if (epochNote !== null) deps.log.info(epochNote)

  const plan: BuildPlan = {
    dockerfile,
    target: options.target,
    buildArgs: options.buildArgs,
    platforms: options.platforms,
    network: options.network,
    epoch,
    provenance: options.provenance,
    secrets: options.secrets ?? [],
    builder: engine.builder ?? null,
    dockerContext: engine.dockerContext ?? null
  }
  const isSecret = (name: string): boolean => isSecretArg(name, options.secretBuildArgs ?? [])
  const cache = deps.prepareCache
    ? await deps.prepareCache({ context, dockerfile, builder: plan })
    : { cacheFrom: options.cacheFrom, cacheTo: options.cacheTo }
  const runDir = (n: number) => path.join(workDir, `run${n}`)

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
          dest: path.join(workDir, 'context-run1'),
          builder: 'run 1'
        },
        { nowMs: deps.nowMs, info: line => deps.log.info(line), signal: deps.signal }
      )
    : context

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
  deps.log.phase('Run 1: warm build')
  deps.log.info(`docker ${displayArgs(args1, isSecret).join(' ')}`)
  const attempt1 = await runBuildRetrying(
    1,
    args1,
    { metadataFile: path.join(workDir, 'metadata-run1.json'), outputDir: runDir(1) },
    { ...deps, onStep: (step, phase) => deps.log.step(1, step, phase), onRetry: retryNote(deps.log, 1) }
  )
  const run1 = attempt1.record
  if (run1.error !== null) {
    throw new BuildLabError(
      runFailureMessage(1, attempt1.failure ?? 'engine', run1.error, attempt1.attempts),
      { detail: run1.errorLog ?? undefined }
    )
  }

  if (deps.afterRun1) {
    deps.log.phase('Saving the cache mounts')
    await deps.afterRun1()
  }

  deps.log.phase('Run 2: isolated build (--no-cache, fresh checkout)')
  const {
    record: run2,
    copy,
    failure: failure2,
    attempts: attempts2
  } = await isolatedBuild(
    {
      plan: { ...plan, dockerfile: options.varyMtime ? dockerfile : dockerfile1 },
      context: context1,
      run: 2,
      outputDir: runDir(2),
      metadataFile: path.join(workDir, 'metadata-run2.json'),
      copyTo: options.varyMtime ? path.join(workDir, 'context-run2') : null,
      dockerfile,
      exclude: excluded,
      afterMs: Date.parse(run1.startedAt) + run1.durationMs,
      isSecret
    },
    {
      engine: deps.engine,
      nowMs: deps.nowMs,
      sleep: deps.sleep,
      info: line => deps.log.info(line),
      onStep: (step, phase) => deps.log.step(2, step, phase),
      onRetry: retryNote(deps.log, 2),
      signal: deps.signal
    }
  )
  const contextMtime = copy?.mtime ?? null
  // Only a step that exits non-zero in the clean build is a finding; the engine failing is not a verdict.
  if (run2.error !== null && failure2 !== 'step') {
    throw new BuildLabError(runFailureMessage(2, failure2 ?? 'engine', run2.error, attempts2), {
      detail: run2.errorLog ?? undefined
    })
  }

  const equality = options.equality ?? 'digest'
  const v = verdict(run1, run2, equality)
  let diff: ImageDiff | null = null
  if (!v.reproducible && run2.digest !== null && deps.diagnose) {
    deps.log.phase('Diagnosing the difference')
    const hints: DiagnoseHints = {
      dockerfile: { path: dockerfile, text: await fs.readFile(dockerfile, 'utf8') },
      target: options.target,
      contextMtime,
      buildkit: engine.buildkit
    }
    try {
      diff = await deps.diagnose(runDir(1), runDir(2), hints)
    } catch (error) {
      throwIfInterrupted(deps.signal)
      // The verdict stands without a diagnosis; say why there is none.
      deps.log.info(`could not diagnose the difference: ${errorMessage(error)}`)
    }
  }
  const ignore = options.ignore ?? []
  const allowList = !v.reproducible && ignore.length > 0 ? applyAllowList(ignore, diff) : null
  if (allowList !== null) deps.log.info(`allow-list: ${allowList.reason}`)
  return {
    reproducible: v.reproducible,
    digest: run1.digest,
    epoch,
    epochSource: source,
    reason: v.reason,
    varyMtime: options.varyMtime,
    equality,
    sameContent: v.sameContent,
    runs: [run1, run2],
    platforms: v.platforms,
    engine,
    diff,
    workDir,
    dockerfile,
    ...(allowList !== null ? { allowList } : {})
  }
}
