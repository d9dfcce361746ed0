// What the action writes to the runner besides outputs: log lines, one core.group per phase, the job summary.
import * as core from '@actions/core'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { neutraliseCommands } from '../core/log-safety.js'
import { stepLine } from '../core/report/step-line.js'
import type { GateLogger } from '../gate/run-gate.js'

/** core.info for text that users or images control: no line of it can act as a workflow command. */
export function logInfo(text: string): void {
  core.info(neutraliseCommands(text))
}

/** The gate's, record's and compare's logger: each phase is one log group, each step one line. */
export function actionLogger(): GateLogger {
  return {
    info: logInfo,
    group: (title, fn) => core.group(title, fn),
    step: (run, step, phase) => {
      const line = stepLine(step, phase)
      if (line) logInfo(`run ${run} ${line}`)
    }
  }
}

/** The job summary; a summary that cannot be written is a warning, never a failed step. */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`)
  }
}

/** Fails the step with the error's one line; a BuildLabError's detail (a build log tail) follows as plain lines. */
export function failStep(error: unknown): void {
  core.setFailed(errorMessage(error))
  if (error instanceof BuildLabError && error.detail) logInfo(error.detail)
}
