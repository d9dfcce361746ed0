// The action: inputs → gate → outputs, job summary and verdict. Side effects come in through deps.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { neutraliseCommands } from '../core/log-safety.js'
import { loadRedactor, secretDigests } from '../buildkit/secrets.js'
import { BuildLabError, errorMessage, Interrupted } from '../core/errors.js'
import type { GateResult } from '../core/gate.js'
import { allowedCount } from '../core/allow-list.js'
import { stepLine } from '../core/report/step-line.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import type { GitHubClient } from '../github/client.js'
import { publishGateComment } from '../github/publish.js'
import { renderDiffMarkdown } from '../core/diff/index.js'
import { dockerfileName } from '../core/gate.js'
import { createDockerEngine } from '../buildkit/engine.js'
import { listenForTermination, type Termination } from '../buildkit/termination.js'
import { diagnoseLayouts } from '../oci/diagnose.js'
import { type GateDeps, type GateLogger, runGate } from '../gate/run-gate.js'
import { Outputs } from './constants.js'
import { buildRequest, getInputs, type Inputs } from './inputs.js'
import { lintForAction, publishFindings } from './lint-findings.js'
import { runCompareMode, runRecordMode } from './modes.js'
import { maskSecrets, writeSecretFiles, type WrittenSecrets } from './secrets.js'
import {
  CACHE_OFF,
  type CacheReport,
  type GateCacheSettings,
  type PreparedCache,
  prepareGateCache
} from '../cache/gate-cache.js'
import type { CacheStore } from '../cache/store.js'
import {
  type CacheMountsOptions,
  type MountsRestoreResult,
  restoreCacheMounts,
  saveCacheMounts
} from '../cache/cache-mounts.js'
import * as os from 'node:os'
import { actionCacheScopes } from './cache-scopes.js'

/** core.info for text that users or images control: no line of it can act as a workflow command. */
export function logInfo(text: string): void {
  core.info(neutraliseCommands(text))
}

export function actionLogger(): GateLogger {
  let open = false
  return {
    info: line => logInfo(line),
    phase: title => {
      if (open) core.endGroup()
      core.startGroup(title)
      open = true
    },
    step: (run, step, phase) => {
      const line = stepLine(step, phase)
      if (line) logInfo(`run ${run} ${line}`)
    }
  }
}

export function defaultActionDeps(signal?: AbortSignal): ActionDeps {
  return {
    engine: createDockerEngine(signal ? { signal } : {}),
    ...(signal ? { signal } : {}),
    log: actionLogger(),
    nowMs: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    diagnose: diagnoseLayouts
  }
}

function diffMarkdown(result: GateResult): string | null {
  return result.diff ? renderDiffMarkdown(result.diff, { dockerfile: dockerfileName(result) }) : null
}

function setOutputs(result: GateResult, reportPath: string, cache: CacheReport): void {
  const [run1, run2] = result.runs
  core.setOutput(Outputs.Reproducible, String(result.reproducible))
  core.setOutput(Outputs.Digest, result.digest ?? '')
  core.setOutput(Outputs.DigestRun1, run1?.digest ?? '')
  core.setOutput(Outputs.DigestRun2, run2?.digest ?? '')
  core.setOutput(Outputs.DurationRun1, String(run1?.durationMs ?? ''))
  core.setOutput(Outputs.DurationRun2, String(run2?.durationMs ?? ''))
  core.setOutput(
    Outputs.CacheHitRatio,
    run1?.cacheHitRatio === null || !run1 ? '' : run1.cacheHitRatio.toFixed(4)
  )
  core.setOutput(Outputs.CacheHit, cache.hit)
  core.setOutput(Outputs.CacheRestoreMs, cache.restoreMs === null ? '' : String(Math.round(cache.restoreMs)))
  core.setOutput(Outputs.CacheSaveMs, cache.saveMs === null ? '' : String(Math.round(cache.saveMs)))
  core.setOutput(Outputs.CacheSizeBytes, cache.sizeBytes === null ? '' : String(cache.sizeBytes))
  core.setOutput(Outputs.CacheMatchedLevel, cache.matchedLevel ?? '')
  core.setOutput(Outputs.CacheMatchedScope, cache.matchedScope ?? '')
  core.setOutput(Outputs.ReportPath, reportPath)
  core.setOutput(Outputs.AllowedDifferences, String(allowedCount(result.allowList)))
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`)
  }
}

export interface ActionDeps extends GateDeps {
  /** the Actions cache; the real @actions/cache store when omitted */
  cacheStore?: CacheStore
  /** the GitHub API for the PR comment; an Octokit client on github-token when omitted */
  github?: GitHubClient
}

function cacheSettings(inputs: Inputs, store: CacheStore | undefined): GateCacheSettings {
  return {
    enabled: inputs.cache,
    backend: inputs['cache-backend'],
    ref: inputs['cache-ref'],
    scopes: actionCacheScopes(inputs, process.env),
    imageSources: inputs['cache-from-images'],
    prefix: inputs['cache-key'],
    restoreTimeoutMs: inputs['cache-restore-timeout'] * 1000,
    saveTimeoutMs: inputs['cache-save-timeout'] * 1000,
    // The same path on every run: @actions/cache keys entries by the path they were saved from.
    workDir: path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'build-lab-cache'),
    ...(store ? { store } : {})
  }
}

const cacheLogger = { info: logInfo, warning: core.warning, debug: core.debug }

/** Runs the action; resolves with the process exit code. Every failure ends in core.setFailed. */
export async function run(given?: ActionDeps): Promise<number> {
  let written: WrittenSecrets | null = null
  let termination: Termination | null = null
  let workDir: string | null = null
  try {
    const inputs = getInputs()
    // Masked before anything else is logged, and written to private files that the finally removes.
    for (const { value } of inputs.secrets) if (value !== '') core.setSecret(value)
    written = await writeSecretFiles(inputs.secrets)
    const request = buildRequest(inputs, written.secrets)
    await maskSecrets(request)
    if (inputs.mode === 'record') return await runRecordMode({ ...inputs, written: written.secrets })
    if (inputs.mode === 'compare') return await runCompareMode(inputs)
    // The one redactor of this run: the gate's logs, its result and every report below go through it.
    const redactor = await loadRedactor(request)
    // A cancelled job gets SIGINT, then SIGTERM: the build stops, the temporary files go, the step ends.
    termination = listenForTermination()
    const deps = given ?? defaultActionDeps(termination.signal)
    const cacheState: { prepared: PreparedCache | null } = { prepared: null }
    const mounts: { options: CacheMountsOptions | null; restored: MountsRestoreResult | null } = {
      options: null,
      restored: null
    }
    const prepareCache: GateDeps['prepareCache'] = async build => {
      deps.log.phase('Restoring the BuildKit cache')
      if (inputs.cache && inputs['cache-mounts']) {
        const settings = cacheSettings(inputs, deps.cacheStore)
        mounts.options = {
          ...build,
          buildArgs: inputs['build-args'],
          target: inputs.target || null,
          platforms: inputs.platforms,
          prefix: inputs['cache-key'],
          helperImage: inputs['cache-mounts-image'],
          workDir: settings.workDir,
          engine: deps.engine,
          logger: cacheLogger,
          restoreTimeoutMs: settings.restoreTimeoutMs,
          saveTimeoutMs: settings.saveTimeoutMs,
          ...(deps.cacheStore ? { store: deps.cacheStore } : {})
        }
        mounts.restored = await restoreCacheMounts(mounts.options)
      }
      const prepared = await prepareGateCache(
        cacheSettings(inputs, deps.cacheStore),
        {
          ...build,
          buildArgs: inputs['build-args'],
          secrets: await secretDigests(request.secrets ?? []),
          target: inputs.target || null,
          platforms: inputs.platforms
        },
        cacheLogger
      )
      cacheState.prepared = prepared
      return prepared
    }
    // The action's own directory: the gate removes its files from it, and the reports stay (report-path).
    workDir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'build-lab-'))
    const result = await runGate(
      {
        ...request,
        varyMtime: inputs['vary-mtime'],
        equality: inputs.equality,
        ignore: inputs['ignore-paths'],
        cacheFrom: [],
        cacheTo: [],
        redactor,
        workDir
      },
      {
        ...deps,
        prepareCache,
        afterRun1: async () => {
          if (mounts.options && mounts.restored) await saveCacheMounts(mounts.options, mounts.restored)
        }
      }
    )
    core.endGroup()
    let cache: CacheReport = CACHE_OFF
    if (cacheState.prepared) {
      core.startGroup('Saving the BuildKit cache')
      cache = await cacheState.prepared.finish(result.runs[0]?.cacheHitRatio ?? null)
      logInfo(`cache: ${cache.hit}${cache.saved ? ', saved' : ''} (${cache.note})`)
      core.endGroup()
    }
    cache = redactor.data(cache)
    const findings = redactor.data(await lintForAction(result, inputs.context, inputs['build-args'], cache))
    await publishFindings(findings, inputs['sarif-file'])
    const reportPath = path.join(result.workDir, 'report.json')
    const extras = {
      diagnosisMarkdown: diffMarkdown(result),
      cache: cache.backend === 'off' ? null : cache,
      findings,
      reportPath
    }
    const markdown = renderGateMarkdown(result, extras)
    await fs.writeFile(reportPath, JSON.stringify({ ...result, cache, findings }, null, 2) + '\n')
    await fs.writeFile(path.join(result.workDir, 'report.md'), markdown)
    setOutputs(result, reportPath, cache)
    await writeSummary(markdown)
    await publishGateComment(result, {
      mode: inputs.comment,
      token: inputs['github-token'],
      context: inputs.context,
      target: inputs.target || null,
      extras,
      ...(deps.github ? { client: deps.github } : {})
    })
    logInfo(result.reproducible ? `reproducible: ${result.reason}` : `NOT reproducible: ${result.reason}`)
    if (!result.reproducible && result.allowList?.passed) {
      const listed = result.allowList.allowed.map(g => `${g.glob}: ${g.files.length}`).join(', ')
      core.warning(`the image is ${result.allowList.reason}; the digests differ (${listed})`)
      return 0
    }
    if (!result.reproducible) {
      if (inputs['fail-on-mismatch']) {
        core.setFailed(`the image is not reproducible: ${result.reason}`)
        return 1
      }
      core.warning(`the image is not reproducible (fail-on-mismatch is false): ${result.reason}`)
    }
    return 0
  } catch (error) {
    core.endGroup()
    // Nothing was written there that a later step could use.
    if (workDir !== null) await fs.rm(workDir, { recursive: true, force: true })
    if (error instanceof Interrupted) {
      core.setFailed(`build-lab was ${error.message}: it stopped the build and removed its temporary files`)
      return error.exitCode
    }
    core.setFailed(errorMessage(error))
    if (error instanceof BuildLabError && error.detail) logInfo(error.detail)
    return 1
  } finally {
    await written?.remove()
    termination?.dispose()
  }
}
