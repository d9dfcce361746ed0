// The action: inputs → gate → outputs, job summary and verdict. Side effects come in through deps.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { secretValues } from '../core/build-args.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import type { GateResult } from '../core/gate.js'
import { formatDuration } from '../core/report/format.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import { renderDiffMarkdown } from '../core/diff/index.js'
import { dockerfileName } from '../core/gate.js'
import { createDockerEngine } from '../buildkit/engine.js'
import { diagnoseLayouts } from '../gate/diagnose.js'
import { type GateDeps, type GateLogger, runGate } from '../gate/run-gate.js'
import { Outputs } from './constants.js'
import { getInputs } from './inputs.js'

export function actionLogger(): GateLogger {
  let open = false
  return {
    info: line => core.info(line),
    phase: title => {
      if (open) core.endGroup()
      core.startGroup(title)
      open = true
    },
    step: (run, step, phase) => {
      if (phase === 'started' && !step.cached) core.info(`run ${run} ▸ ${step.name}`)
      if (phase === 'completed') {
        const how = step.error
          ? `ERROR ${step.error}`
          : step.cached
            ? 'CACHED'
            : formatDuration(step.durationMs)
        core.info(`run ${run} ${step.error ? '✗' : '✓'} ${step.name}  ${how}`)
      }
    }
  }
}

export function defaultActionDeps(): GateDeps {
  return {
    engine: createDockerEngine(),
    log: actionLogger(),
    nowMs: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    diagnose: diagnoseLayouts
  }
}

function diffMarkdown(result: GateResult): string | null {
  return result.diff ? renderDiffMarkdown(result.diff, { dockerfile: dockerfileName(result) }) : null
}

function setOutputs(result: GateResult, reportPath: string, cacheHit: string): void {
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
  core.setOutput(Outputs.CacheHit, cacheHit)
  core.setOutput(Outputs.ReportPath, reportPath)
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`)
  }
}

/** Runs the action; resolves with the process exit code. Every failure ends in core.setFailed. */
export async function run(deps: GateDeps = defaultActionDeps()): Promise<number> {
  try {
    const inputs = getInputs()
    for (const secret of secretValues(inputs['build-args'])) core.setSecret(secret)
    const result = await runGate(
      {
        context: inputs.context,
        file: inputs.file || null,
        target: inputs.target || null,
        buildArgs: inputs['build-args'],
        platforms: inputs.platforms,
        epoch: inputs.epoch,
        varyMtime: inputs['vary-mtime'],
        network: inputs.network,
        provenance: inputs.provenance,
        cacheFrom: [],
        cacheTo: null
      },
      deps
    )
    core.endGroup()
    const markdown = renderGateMarkdown(result, diffMarkdown(result))
    const reportPath = path.join(result.workDir, 'report.json')
    await fs.writeFile(reportPath, JSON.stringify(result, null, 2) + '\n')
    await fs.writeFile(path.join(result.workDir, 'report.md'), markdown)
    setOutputs(result, reportPath, 'miss')
    await writeSummary(markdown)
    core.info(result.reproducible ? `reproducible: ${result.reason}` : `NOT reproducible: ${result.reason}`)
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
    core.setFailed(errorMessage(error))
    if (error instanceof BuildLabError && error.detail) core.info(error.detail)
    return 1
  }
}
