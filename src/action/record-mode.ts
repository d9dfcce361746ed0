// mode: record. One cold, isolated build on this runner, uploaded as a record for the cross-runner check.
import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import type { BuildSecret } from '../core/build/secrets.js'
import {
  type CrossRunnerRecord,
  defaultRunnerLabel,
  type RunnerIdentity,
  type WorkflowIdentity
} from '../core/crossrunner/record.js'
import { ExitCode } from '../core/errors.js'
import { escapeMarkdown, formatDuration, inlineCode } from '../core/report/format.js'
import { recordRun } from '../crossrunner/record-run.js'
import { Outputs } from './constants.js'
import { type ModeDeps, modeDeps } from './mode-deps.js'
import { type ActionInputs, type BuildInputs, buildRequest } from './inputs.js'
import { failStep, logInfo, writeSummary } from './log.js'
import { maskSecrets } from './secrets.js'

export type RecordModeParams = BuildInputs &
  Pick<ActionInputs, 'runner-label' | 'upload-image-max-mb' | 'record-prefix'> & {
    /** the `secrets` input's values, already in their files */
    written?: readonly BuildSecret[]
  }

function runnerIdentity(env: NodeJS.ProcessEnv, label: string): RunnerIdentity {
  const runner = { os: env.RUNNER_OS || process.platform, arch: env.RUNNER_ARCH || process.arch }
  return {
    label: label || defaultRunnerLabel(runner, env.ImageOS ?? ''),
    ...runner,
    name: env.RUNNER_NAME || os.hostname(),
    image: [env.ImageOS, env.ImageVersion].filter(s => s !== undefined && s !== '').join(' ')
  }
}

function workflowIdentity(env: NodeJS.ProcessEnv): WorkflowIdentity {
  return {
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    repository: env.GITHUB_REPOSITORY || '',
    workflow: env.GITHUB_WORKFLOW || '',
    job: env.GITHUB_JOB || '',
    sha: env.GITHUB_SHA || ''
  }
}

function recordSummary(record: CrossRunnerRecord, artifactName: string): string {
  const rows = record.platforms.map(p => `| ${escapeMarkdown(p.platform)} | ${inlineCode(p.manifest)} |`)
  return [
    `## build-lab: record for ${escapeMarkdown(record.runner.label)}`,
    '',
    record.error === null
      ? `Image ${inlineCode(record.digest ?? '-')} built in ${formatDuration(record.durationMs)}, uploaded as ${inlineCode(artifactName)}${record.image.uploaded ? ' with the image' : ''}.`
      : `❌ The build failed: ${escapeMarkdown(record.error)}`,
    '',
    ...(rows.length > 0 ? ['| Platform | Manifest |', '| --- | --- |', ...rows, ''] : [])
  ].join('\n')
}

/**
 * Builds once, uploads the record as the artifact <record-prefix>-<runner-label>, and sets digest,
 * record-artifact and report-path. Resolves with the exit code; every failure ends in core.setFailed.
 */
export async function runRecordMode(params: RecordModeParams, deps: ModeDeps = modeDeps()): Promise<number> {
  try {
    const request = buildRequest(params, params.written ?? [])
    await maskSecrets(request)
    const { record, artifactName, artifactDir } = await recordRun(
      {
        ...request,
        runner: runnerIdentity(deps.env, params['runner-label']),
        workflow: workflowIdentity(deps.env),
        workspace: deps.env.GITHUB_WORKSPACE || process.cwd(),
        prefix: params['record-prefix'],
        maxImageBytes: params['upload-image-max-mb'] * 1024 * 1024
      },
      deps
    )
    core.setOutput(Outputs.Digest, record.digest ?? '')
    core.setOutput(Outputs.RecordArtifact, artifactName)
    core.setOutput(Outputs.ReportPath, path.join(artifactDir, 'record.json'))
    await writeSummary(recordSummary(record, artifactName), deps.env)
    if (record.error !== null) {
      core.setFailed(`the build failed on ${record.runner.label}: ${record.error}`)
      return ExitCode.Error
    }
    logInfo(`recorded ${record.digest ?? ''} as ${artifactName}`)
    return ExitCode.Pass
  } catch (error) {
    failStep(error)
    return ExitCode.Error
  }
}
