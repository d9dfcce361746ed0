// mode: gate. Builds twice on this runner, then the reports, outputs, job summary, PR comment and verdict.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir } from '../build/temp-dir.js'
import { loadRedactor } from '../buildkit/secrets.js'
import { listenForTermination } from '../buildkit/termination.js'
import type { CacheReport } from '../cache/gate-cache.js'
import { allowedCount } from '../core/allow-list.js'
import type { BuildSecret } from '../core/build/secrets.js'
import { ExitCode, Interrupted } from '../core/errors.js'
import { dockerfileName, type GateResult } from '../core/gate.js'
import type { Finding } from '../core/lint/index.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import { runGate } from '../gate/run-gate.js'
import { publishGateComment } from '../github/publish.js'
import { actionCache } from './cache-wiring.js'
import { Outputs } from './constants.js'
import { type ActionDeps, defaultActionDeps } from './deps.js'
import { type ActionInputs, buildRequest } from './inputs.js'
import { lintForAction, publishFindings } from './lint-findings.js'
import { failStep, logInfo, writeSummary } from './log.js'

export type GateModeParams = ActionInputs & {
  /** the `secrets` input's values, already in their files */
  written: readonly BuildSecret[]
}

function setGateOutputs(result: GateResult, reportPath: string, cache: CacheReport): void {
  const [run1, run2] = result.runs
  const optional = (n: number | null): string => (n === null ? '' : String(Math.round(n)))
  core.setOutput(Outputs.Reproducible, String(result.reproducible))
  core.setOutput(Outputs.Digest, result.digest ?? '')
  core.setOutput(Outputs.DigestRun1, run1?.digest ?? '')
  core.setOutput(Outputs.DigestRun2, run2?.digest ?? '')
  core.setOutput(Outputs.Digests, JSON.stringify(result.runs.map(r => r.digest ?? '')))
  core.setOutput(Outputs.DistinctDigests, String(result.distinctDigests ?? ''))
  core.setOutput(Outputs.DurationRun1, String(run1?.durationMs ?? ''))
  core.setOutput(Outputs.DurationRun2, String(run2?.durationMs ?? ''))
  core.setOutput(
    Outputs.CacheHitRatio,
    run1?.cacheHitRatio === null || !run1 ? '' : run1.cacheHitRatio.toFixed(4)
  )
  core.setOutput(Outputs.CacheHit, cache.hit)
  core.setOutput(Outputs.CacheRestoreMs, optional(cache.restoreMs))
  core.setOutput(Outputs.CacheSaveMs, optional(cache.saveMs))
  core.setOutput(Outputs.CacheSizeBytes, cache.sizeBytes === null ? '' : String(cache.sizeBytes))
  core.setOutput(Outputs.CacheMatchedLevel, cache.matchedLevel ?? '')
  core.setOutput(Outputs.CacheMatchedScope, cache.matchedScope ?? '')
  core.setOutput(Outputs.ReportPath, reportPath)
  core.setOutput(Outputs.AllowedDifferences, String(allowedCount(result.allowList)))
}

/** report.json and report.md in the gate's directory, and the extras the summary and the comment show. */
async function writeReports(result: GateResult, cache: CacheReport, findings: Finding[]) {
  const reportPath = path.join(result.workDir, 'report.json')
  const extras = {
    // Only a failing gate has a diff: the renderer loads then.
    diagnosisMarkdown: result.diff
      ? (await import('../core/diff/index.js')).renderDiffMarkdown(result.diff, {
          dockerfile: dockerfileName(result)
        })
      : null,
    cache: cache.backend === 'off' ? null : cache,
    findings,
    reportPath
  }
  const markdown = renderGateMarkdown(result, extras)
  await fs.writeFile(reportPath, JSON.stringify({ ...result, cache, findings }, null, 2) + '\n')
  await fs.writeFile(path.join(result.workDir, 'report.md'), markdown)
  return { extras, markdown }
}

/** The step's verdict: a mismatch fails it unless the allow-list passed it or fail-on-mismatch is false. */
function verdictExit(result: GateResult, failOnMismatch: boolean): number {
  logInfo(result.reproducible ? `reproducible: ${result.reason}` : `NOT reproducible: ${result.reason}`)
  if (result.reproducible) return ExitCode.Pass
  if (result.allowList?.passed) {
    const listed = result.allowList.allowed.map(g => `${g.glob}: ${g.files.length}`).join(', ')
    core.warning(`the image is ${result.allowList.reason}; the digests differ (${listed})`)
    return ExitCode.Pass
  }
  if (failOnMismatch) {
    core.setFailed(`the image is not reproducible: ${result.reason}`)
    return ExitCode.CheckFailed
  }
  core.warning(`the image is not reproducible (fail-on-mismatch is false): ${result.reason}`)
  return ExitCode.Pass
}

/** Runs the gate mode; resolves with the exit code. Every failure ends in core.setFailed. */
export async function runGateMode(params: GateModeParams, given?: ActionDeps): Promise<number> {
  // A cancelled job gets SIGINT, then SIGTERM: the build stops, the temporary files go, the step ends.
  const termination = listenForTermination()
  let workDir: string | null = null
  try {
    const request = buildRequest(params, params.written)
    // The one redactor of this run: the gate's logs, its result and every report below go through it.
    const redactor = await loadRedactor(request)
    const deps = given ?? defaultActionDeps(termination.signal)
    const cache = actionCache(params, request, deps)
    // The action's own directory: the gate removes its files from it, and the reports stay (report-path).
    workDir = await makeTempDir('build-lab-', deps.env)
    const result = await runGate(
      {
        ...request,
        varyMtime: params['vary-mtime'],
        equality: params.equality,
        runs: params.runs,
        maxDistinctDigests: params['max-distinct-digests'],
        ignore: params['ignore-paths'],
        cacheFrom: [],
        cacheTo: [],
        redactor,
        workDir
      },
      { ...deps, prepareCache: cache.prepare, afterRun1: cache.afterRun1 }
    )
    const cacheReport = redactor.data(await cache.finish(result))
    const findings = redactor.data(
      await lintForAction(result, params.context, params['build-args'], cacheReport)
    )
    await publishFindings(findings, params['sarif-file'])
    const { extras, markdown } = await writeReports(result, cacheReport, findings)
    setGateOutputs(result, extras.reportPath, cacheReport)
    await writeSummary(markdown, deps.env)
    await publishGateComment(result, {
      mode: params.comment,
      token: params['github-token'],
      context: params.context,
      target: params.target || null,
      extras,
      ...(deps.github ? { client: deps.github } : {})
    })
    return verdictExit(result, params['fail-on-mismatch'])
  } catch (error) {
    // Nothing was written there that a later step could use.
    if (workDir !== null) await fs.rm(workDir, { recursive: true, force: true })
    if (error instanceof Interrupted) {
      core.setFailed(`build-lab was ${error.message}: it stopped the build and removed its temporary files`)
      return error.exitCode
    }
    failStep(error)
    return ExitCode.CheckFailed
  } finally {
    termination.dispose()
  }
}
