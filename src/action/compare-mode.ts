// mode: compare. Downloads every record of this workflow run and asserts each platform's digest is the same on every runner.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { ExitCode } from '../core/errors.js'
import { compareRuns } from '../crossrunner/compare-runs.js'
import { Outputs } from './constants.js'
import { type ModeDeps, modeDeps } from './mode-deps.js'
import type { ActionInputs } from './inputs.js'
import { failStep, logInfo, writeSummary } from './log.js'

export type CompareModeParams = Pick<ActionInputs, 'fail-on-mismatch' | 'record-prefix' | 'runners'> &
  Partial<Pick<ActionInputs, 'equality'>>

/**
 * Compares the records, writes report.json and report.md, and sets reproducible, digest and report-path.
 * Resolves with the exit code: 1 when the digests differ (and fail-on-mismatch), 2 on any error.
 */
export async function runCompareMode(
  params: CompareModeParams,
  deps: Pick<ModeDeps, 'store' | 'log' | 'env'> = modeDeps()
): Promise<number> {
  try {
    const outcome = await compareRuns(
      {
        prefix: params['record-prefix'],
        runners: params.runners,
        runId: deps.env.GITHUB_RUN_ID || 'local',
        equality: params.equality ?? 'digest'
      },
      deps
    )
    const { result } = outcome
    const reportPath = path.join(outcome.workDir, 'report.json')
    const diagnoses = outcome.diagnoses.map(d => ({ ...d, markdown: undefined }))
    await fs.writeFile(reportPath, JSON.stringify({ ...result, diagnoses }, null, 2) + '\n')
    await fs.writeFile(path.join(outcome.workDir, 'report.md'), outcome.markdown)
    core.setOutput(Outputs.Reproducible, String(result.reproducible))
    core.setOutput(Outputs.Digest, result.digest ?? '')
    core.setOutput(Outputs.ReportPath, reportPath)
    await writeSummary(outcome.markdown, deps.env)
    if (result.reproducible) {
      logInfo(`reproducible across runners: ${result.reason}`)
      return ExitCode.Pass
    }
    logInfo(`NOT reproducible across runners: ${result.reason}`)
    if (params['fail-on-mismatch']) {
      core.setFailed(`the image is not reproducible across runners: ${result.reason}`)
      return ExitCode.CheckFailed
    }
    core.warning(`the image is not reproducible across runners (fail-on-mismatch is false): ${result.reason}`)
    return ExitCode.Pass
  } catch (error) {
    failStep(error)
    return ExitCode.Error
  }
}
