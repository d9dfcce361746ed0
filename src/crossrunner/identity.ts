// Who records: the runner and the workflow run, from the RUNNER_*, ImageOS and GITHUB_* variables.
import * as os from 'node:os'
import { defaultRunnerLabel, type RunnerIdentity, type WorkflowIdentity } from '../core/crossrunner/record.js'

/** The runner; `label` empty: the hosted image and arch (ubuntu24-x64), else os and arch. */
export function runnerIdentity(env: NodeJS.ProcessEnv, label: string): RunnerIdentity {
  const runner = { os: env.RUNNER_OS || process.platform, arch: env.RUNNER_ARCH || process.arch }
  return {
    label: label || defaultRunnerLabel(runner, env.ImageOS ?? ''),
    ...runner,
    name: env.RUNNER_NAME || os.hostname(),
    image: [env.ImageOS, env.ImageVersion].filter(s => s !== undefined && s !== '').join(' ')
  }
}

/** The workflow run; outside Actions, runId is "local". */
export function workflowIdentity(env: NodeJS.ProcessEnv): WorkflowIdentity {
  return {
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    repository: env.GITHUB_REPOSITORY || '',
    workflow: env.GITHUB_WORKFLOW || '',
    job: env.GITHUB_JOB || '',
    sha: env.GITHUB_SHA || ''
  }
}
