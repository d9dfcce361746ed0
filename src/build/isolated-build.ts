// The gate's build path, shared with the lab: the isolated build (--no-cache, fresh-checkout copy, later second) and the checkout-time context.
import { type BuildPlan, buildxArgs, displayArgs } from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'
import { type BuildAttempt, runBuildRetrying } from './run-build.js'
import { copyAsFreshCheckout, type CopyStats, countOlderThan } from '../context/fresh-checkout.js'
import { throwIfInterrupted } from '../core/errors.js'
import { msUntilNextSecond, type RunRecord } from '../core/gate.js'
import type { Step } from '../core/progress.js'

export interface IsolatedBuildRequest {
  plan: BuildPlan
  /** the context to build, or to copy with fresh mtimes first */
  context: string
  /** the number the record carries */
  run: number
  outputDir: string
  metadataFile: string
  /** where to copy the context with other mtimes (a fresh checkout's); null: build `context` as it is */
  copyTo: string | null
  /** that copy, when startFreshCopy began it already (while an earlier build ran) */
  copying?: FreshCopy
  /** the copy's mtime, when this build makes the copy itself (see CopyMtime) */
  copyMtime?: CopyMtime
  /** the Dockerfile whose .dockerignore the copy honours */
  dockerfile: string
  /** context-relative paths the copy leaves out (build-lab's own state, .git) */
  exclude: readonly string[]
  /** when the build before this one ended (ms): this one starts in a later wall-clock second */
  afterMs: number
  /** build-args whose values the logged command line masks */
  isSecret: (name: string) => boolean
}

export interface IsolatedBuildDeps {
  engine: Engine
  nowMs(): number
  sleep(ms: number): Promise<void>
  info(line: string): void
  onStep?: (step: Step, phase: 'started' | 'completed') => void
  /** the engine failed the build and it is built once more */
  onRetry?: (error: string) => void
  /** aborted on SIGINT/SIGTERM */
  signal?: AbortSignal
}

/**
 * A copy's mtime: `{ span: n }` picks one that leaves room for n copies a day apart (the first of several
 * isolated runs); `{ mtime }` gives that one (the later runs). Default: span 1.
 */
export type CopyMtime = { span: number } | { mtime: number }

/** A fresh-checkout copy under way: `done` settles once the copy is complete or has failed. */
export interface FreshCopy {
  done: Promise<{ stats: CopyStats } | { error: unknown }>
}

/**
 * Starts the copy of `context` that an isolated build will build from, without waiting for it: the gate
 * makes it while run 1 builds, since both only read the context. Await `done` before removing `dest`.
 */
export function startFreshCopy(
  request: {
    context: string
    dest: string
    epoch: number
    dockerfile: string
    exclude: readonly string[]
    mtime?: CopyMtime
  },
  nowMs: () => number
): FreshCopy {
  const { context, dest, epoch, dockerfile, exclude } = request
  const options = { dockerfile, exclude, ...request.mtime }
  return {
    done: copyAsFreshCheckout(context, dest, epoch, Math.floor(nowMs() / 1000), options).then(
      stats => ({ stats }),
      (error: unknown) => ({ error })
    )
  }
}

export interface IsolatedBuild {
  record: RunRecord
  /** whose fault a failure is, and how many builds it took (one retry after an engine failure) */
  failure: BuildAttempt['failure']
  attempts: number
  args: string[]
  /** what the copy held; null without a copy */
  copy: CopyStats | null
}

/**
 * Builds with `--no-cache` and no cache import, so no layer of an earlier build is reused; from a copy
 * whose files carry other mtimes, as a new checkout would; started in a later second than the build
 * before it ended, so an image that embeds the clock cannot match by luck.
 */
export async function isolatedBuild(
  request: IsolatedBuildRequest,
  deps: IsolatedBuildDeps
): Promise<IsolatedBuild> {
  let context = request.context
  let copy: CopyStats | null = null
  if (request.copyTo !== null) {
    context = request.copyTo
    const copying =
      request.copying ??
      startFreshCopy(
        {
          context: request.context,
          dest: request.copyTo,
          epoch: request.plan.epoch,
          dockerfile: request.dockerfile,
          exclude: request.exclude,
          ...(request.copyMtime ? { mtime: request.copyMtime } : {})
        },
        deps.nowMs
      )
    // The wait for the next second runs alongside the copy: whichever takes longer sets the start.
    const [copied] = await Promise.all([copying.done, waitForNextSecond(request.afterMs, deps)])
    if ('error' in copied) throw copied.error
    copy = copied.stats
    throwIfInterrupted(deps.signal)
    deps.info(
      `run ${request.run} builds from a copy of the context with fresh mtimes (${copy.files} files, mtime ${new Date(copy.mtime * 1000).toISOString()})`
    )
  }
  // Once more after the copy: a copy that took longer than the wait leaves nothing to wait for.
  await waitForNextSecond(request.afterMs, deps)
  const args = buildxArgs(request.plan, {
    context,
    outputDir: request.outputDir,
    metadataFile: request.metadataFile,
    noCache: true,
    cacheFrom: [],
    cacheTo: []
  })
  deps.info(`docker ${displayArgs(args, request.isSecret).join(' ')}`)
  const attempt = await runBuildRetrying(
    request.run,
    args,
    { metadataFile: request.metadataFile, outputDir: request.outputDir },
    {
      engine: deps.engine,
      nowMs: deps.nowMs,
      onStep: deps.onStep,
      onRetry: deps.onRetry,
      signal: deps.signal
    }
  )
  return { record: attempt.record, failure: attempt.failure, attempts: attempt.attempts, args, copy }
}

/** Sleeps until the wall-clock second after `afterMs`; returns at once when it has begun. */
async function waitForNextSecond(
  afterMs: number,
  deps: Pick<IsolatedBuildDeps, 'nowMs' | 'sleep'>
): Promise<void> {
  const ms = msUntilNextSecond(afterMs, deps.nowMs())
  if (ms > 0) await deps.sleep(ms)
}

/**
 * The context to build "as it is": `context` itself, or, when some of its entries are older than the
 * epoch, a copy in `dest` with checkout-time mtimes. rewrite-timestamp clamps only mtimes later than the
 * epoch, so a working tree older than the commit (the usual state of a developer's clone) would keep
 * those mtimes in COPY layers, while every fresh checkout is clamped.
 */
export async function checkoutTimeContext(
  request: {
    context: string
    dockerfile: string
    epoch: number
    exclude: readonly string[]
    dest: string
    /** who builds from the copy, for the log line ("run 1") */
    builder: string
  },
  deps: { nowMs(): number; info(line: string): void; signal?: AbortSignal }
): Promise<string> {
  const { context, dockerfile, epoch, exclude, dest } = request
  const older = await countOlderThan(context, epoch, dockerfile)
  if (older === 0) return context
  const nowSec = Math.floor(deps.nowMs() / 1000)
  await copyAsFreshCheckout(context, dest, epoch, nowSec, {
    dockerfile,
    mtime: Math.max(nowSec, epoch + 1),
    exclude
  })
  throwIfInterrupted(deps.signal)
  deps.info(
    `${older} entries of the context are older than the epoch, which no fresh checkout is: ${request.builder} builds from a copy with checkout-time mtimes`
  )
  return dest
}
