// Whose fault a failed build is: a Dockerfile step's, the Dockerfile or context's, or the engine's.
import { isDockerfileStep, type ProgressSummary, rootError } from '../progress.js'

/**
 * - `step`: a Dockerfile step's process exited non-zero: the build's own doing, a finding when only
 *   the clean run does it.
 * - `input`: the Dockerfile or the context cannot be built (a parse error, a COPY source that is not
 *   there). It fails the same way every time, so it is not retried.
 * - `engine`: anything else: a lost daemon connection, a lost session, a cancelled solve or export,
 *   content that went missing under the build. Infrastructure, never a verdict; worth one retry.
 */
export type BuildFailureKind = 'step' | 'input' | 'engine'

export interface BuildFailure {
  /** the vertex that failed first, as the progress stream named it, when it named one */
  step: { name: string; error: string } | null
  /** buildx's own error line (`ERROR: failed to build: ...`), else the last line it printed */
  message: string
}

// BuildKit ≥ 0.11 says `process "..." did not complete successfully: exit code: N`; a process killed
// because the build was cancelled ends in `exit code: 137: context canceled`, which is not the step's doing.
const STEP_EXIT = /did not complete successfully: exit code: \d+$/
const SOLVE_STEP_EXIT = /failed to solve: process "[\s\S]*" did not complete successfully: exit code: \d+$/
const INPUT = [
  /dockerfile parse error/i,
  /unknown instruction/i,
  /failed to read dockerfile/i,
  /failed to compute cache key/,
  /failed to calculate checksum of ref/
]

/** What a failed build's progress stream says: the root error vertex and buildx's own error line. */
export function failureOf(progress: Pick<ProgressSummary, 'errors' | 'otherText'>): BuildFailure {
  const failed = rootError(progress.errors)
  const lines = progress.otherText.split('\n').map(l => l.trim())
  const buildxError = lines.find(l => /^ERROR|^error:/i.test(l))
  return {
    step: failed ? { name: failed.name, error: failed.error ?? '' } : null,
    message: buildxError ?? lines.filter(l => l !== '').pop() ?? ''
  }
}

/** Classifies a failed build from its root error vertex and buildx's error line. */
export function classifyBuildFailure(failure: BuildFailure): BuildFailureKind {
  const { step } = failure
  const message = failure.message.trim()
  if (step !== null && isDockerfileStep(step.name) && STEP_EXIT.test(step.error.trim())) return 'step'
  if (step === null && SOLVE_STEP_EXIT.test(message)) return 'step'
  const texts = [step?.error ?? '', message]
  if (texts.some(text => INPUT.some(re => re.test(text)))) return 'input'
  return 'engine'
}

/** The one-line error for a run that failed and ends the gate without a verdict (exit 2). */
export function runFailureMessage(
  run: number,
  kind: BuildFailureKind,
  error: string,
  attempts: number
): string {
  const retried = attempts > 1 ? `, retried once` : ''
  if (kind === 'engine') {
    return `run ${run} failed in the engine, not in the Dockerfile${retried}, so there is no verdict: ${error} (check the daemon with 'docker info' and run the gate again)`
  }
  if (run === 1) return `run 1 failed, so there is nothing to compare: ${error}`
  return `run ${run} failed where run 1 succeeded, but not in a step of the Dockerfile, so there is no verdict: ${error}`
}
