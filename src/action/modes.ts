// The action's record and compare modes: one isolated build per runner, then one verdict across runners.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { BuildSecret } from '../core/build/secrets.js'
import { neutraliseCommands } from '../core/log-safety.js'
import { runnerIdentity, workflowIdentity } from '../crossrunner/identity.js'
import { BuildLabError, ExitCode, errorMessage } from '../core/errors.js'
import { escapeMarkdown, formatDuration, inlineCode } from '../core/report/format.js'
import { createDockerEngine, type Engine } from '../buildkit/engine.js'
import { type ArtifactStore, createActionsArtifactStore } from '../crossrunner/artifact-store.js'
import { compareRuns } from '../crossrunner/compare-runs.js'
import { recordRun } from '../crossrunner/record-run.js'
import { type BuildInputs, buildRequest, type Inputs } from './inputs.js'
import { maskSecrets } from './secrets.js'

export type RecordModeParams = BuildInputs &
  Pick<Inputs, 'runner-label' | 'upload-image-max-mb' | 'record-prefix'> & {
    /** the `secrets` input's values, already in their files */
    written?: readonly BuildSecret[]
  }

export type CompareModeParams = Pick<Inputs, 'fail-on-mismatch' | 'record-prefix' | 'runners'> &
  Partial<Pick<Inputs, 'equality'>>

export interface ModeLogger {
  info(line: string): void
  phase(title: string): void
}

export interface ModeDeps {
  engine: Engine
  store: ArtifactStore
  log: ModeLogger
  nowMs(): number
  /** where the runner's identity comes from (RUNNER_*, ImageOS, GITHUB_*) */
  env: NodeJS.ProcessEnv
}

export function groupLogger(): ModeLogger & { close(): void } {
  let open = false
  return {
    info: line => core.info(neutraliseCommands(line)),
    phase: title => {
      if (open) core.endGroup()
      core.startGroup(title)
      open = true
    },
    close: () => {
      if (open) core.endGroup()
      open = false
    }
  }
}

export function defaultModeDeps(): ModeDeps {
  return {
    engine: createDockerEngine(),
    store: createActionsArtifactStore(),
    log: groupLogger(),
    nowMs: () => Date.now(),
    env: process.env
  }
}

export function closeGroups(log: ModeLogger): void {
  if ('close' in log && typeof log.close === 'function') log.close()
}

export async function writeSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${errorMessage(error)}`)
  }
}

export function fail(error: unknown, log: ModeLogger): number {
  closeGroups(log)
  core.setFailed(errorMessage(error))
  if (error instanceof BuildLabError && error.detail) core.info(neutraliseCommands(error.detail))
  return ExitCode.Error
}

/**
 * mode: record. One cold, isolated build on this runner, uploaded as the artifact
 * <record-prefix>-<runner-label>. Resolves with the exit code; every failure ends in core.setFailed.
 */
export async function runRecordMode(
  params: RecordModeParams,
  deps: ModeDeps = defaultModeDeps()
): Promise<number> {
  try {
    const request = buildRequest(params, params.written ?? [])
    await maskSecrets(request)
    const outcome = await recordRun(
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
    closeGroups(deps.log)
    const { record, artifactName, artifactDir } = outcome
    core.setOutput('digest', record.digest ?? '')
    core.setOutput('record-artifact', artifactName)
    core.setOutput('report-path', path.join(artifactDir, 'record.json'))
    const rows = record.platforms.map(p => `| ${escapeMarkdown(p.platform)} | ${inlineCode(p.manifest)} |`)
    await writeSummary(
      deps.env,
      [
        `## build-lab: record for ${escapeMarkdown(record.runner.label)}`,
        '',
        record.error === null
          ? `Image ${inlineCode(record.digest ?? '-')} built in ${formatDuration(record.durationMs)}, uploaded as ${inlineCode(artifactName)}${record.image.uploaded ? ' with the image' : ''}.`
          : `❌ The build failed: ${escapeMarkdown(record.error)}`,
        '',
        ...(rows.length > 0 ? ['| Platform | Manifest |', '| --- | --- |', ...rows, ''] : [])
      ].join('\n')
    )
    if (record.error !== null) {
      core.setFailed(`the build failed on ${record.runner.label}: ${record.error}`)
      return ExitCode.Error
    }
    core.info(`recorded ${record.digest ?? ''} as ${artifactName}`)
    return ExitCode.Pass
  } catch (error) {
    return fail(error, deps.log)
  }
}

/**
 * mode: compare. Downloads every record of this workflow run and asserts that each platform's digest is
 * the same on every runner. Resolves with the exit code: 1 when the digests differ (and fail-on-mismatch).
 */
export async function runCompareMode(
  params: CompareModeParams,
  deps: Pick<ModeDeps, 'store' | 'log' | 'env'> = defaultModeDeps()
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
    closeGroups(deps.log)
    const { result } = outcome
    const reportPath = path.join(outcome.workDir, 'report.json')
    await fs.writeFile(
      reportPath,
      JSON.stringify(
        { ...result, diagnoses: outcome.diagnoses.map(d => ({ ...d, markdown: undefined })) },
        null,
        2
      ) + '\n'
    )
    await fs.writeFile(path.join(outcome.workDir, 'report.md'), outcome.markdown)
    core.setOutput('reproducible', String(result.reproducible))
    core.setOutput('digest', result.digest ?? '')
    core.setOutput('report-path', reportPath)
    await writeSummary(deps.env, outcome.markdown)
    if (result.reproducible) {
      core.info(`reproducible across runners: ${result.reason}`)
      return ExitCode.Pass
    }
    core.info(`NOT reproducible across runners: ${result.reason}`)
    if (params['fail-on-mismatch']) {
      core.setFailed(`the image is not reproducible across runners: ${result.reason}`)
      return ExitCode.CheckFailed
    }
    core.warning(`the image is not reproducible across runners (fail-on-mismatch is false): ${result.reason}`)
    return ExitCode.Pass
  } catch (error) {
    return fail(error, deps.log)
  }
}
