// The action's drift mode: rebuild in isolation, compare with the last record or the published image, keep one issue per image.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { BuildSecret } from '../core/build/secrets.js'
import { renderDriftMarkdown } from '../core/drift/issue.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { runnerIdentity, workflowIdentity } from '../crossrunner/identity.js'
import { type DriftAgainst, type PublishedImages, runDrift } from '../drift/run-drift.js'
import { createGitHubClient, type GitHubIssues } from '../github/client.js'
import { publishDriftIssue } from '../github/drift-issue.js'
import { registryImages } from '../drift/published-image.js'
import { createRegistryClient } from '../registry/client.js'
import { runInfoFromContext } from '../github/publish.js'
import { Outputs } from './constants.js'
import { type ActionDeps, defaultActionDeps } from './deps.js'
import { type ActionInputs, type BuildInputs, buildRequest } from './inputs.js'
import { failStep, logInfo, writeSummary } from './log.js'
import type { ModeDeps } from './mode-deps.js'
import { maskSecrets } from './secrets.js'

export type DriftModeParams = BuildInputs &
  Pick<ActionInputs, 'against' | 'image' | 'drift-issue' | 'pull' | 'github-token' | 'fail-on-mismatch'> & {
    written?: readonly BuildSecret[]
  }

export type DriftModeDeps = Pick<ModeDeps, 'engine' | 'log' | 'nowMs' | 'env'> & {
  /** the GitHub API for the drift issue; an Octokit client on github-token when omitted */
  github?: GitHubIssues
  registry?: PublishedImages
}

/** What drift takes from the action's deps: no artifact service, a registry client for published images. */
export function driftModeDeps(deps: ActionDeps = defaultActionDeps()): DriftModeDeps {
  return {
    engine: deps.engine,
    log: deps.log,
    nowMs: deps.nowMs,
    env: deps.env,
    registry: registryImages(createRegistryClient())
  }
}

function against(params: DriftModeParams): DriftAgainst {
  if ((params.against === '') === (params.image === '')) {
    throw new BuildLabError(
      'mode: drift needs one of against (the last record.json, or a downloaded record artifact directory) or image (the published image)'
    )
  }
  return params.against !== ''
    ? { kind: 'record', path: params.against }
    : { kind: 'image', ref: params.image }
}

/** What the issue is about: the image reference, or the recorded build's Dockerfile, target and platforms. */
function subject(
  params: DriftModeParams,
  build: { dockerfile: string; target: string | null; platforms: string[] }
): string {
  if (params.image !== '') return params.image
  const parts = [build.dockerfile]
  if (build.target !== null) parts.push(`target ${build.target}`)
  if (build.platforms.length > 0) parts.push(build.platforms.join(','))
  return parts.join(', ')
}

function repoFromEnv(env: NodeJS.ProcessEnv): { owner: string; repo: string } | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo && rest.length === 0 ? { owner, repo } : null
}

/**
 * mode: drift. Resolves with the exit code: 0 same digest, 1 drift found (fail-on-mismatch), 2 errors.
 * Every failure ends in core.setFailed; trouble with the issue is a warning.
 */
export async function runDriftMode(
  params: DriftModeParams,
  deps: DriftModeDeps = driftModeDeps()
): Promise<number> {
  try {
    const request = buildRequest(params, params.written ?? [])
    await maskSecrets(request)
    const outcome = await runDrift(
      {
        ...request,
        runner: runnerIdentity(deps.env, ''),
        workflow: workflowIdentity(deps.env),
        workspace: deps.env.GITHUB_WORKSPACE || process.cwd(),
        maxImageBytes: 256 * 1024 * 1024,
        pull: params.pull,
        against: against(params)
      },
      deps
    )
    const { verdict, record } = outcome
    const image = subject(params, record.build)
    const reportPath = path.join(outcome.workDir, 'drift.json')
    await fs.writeFile(reportPath, JSON.stringify(verdict, null, 2) + '\n')
    const markdown = renderDriftMarkdown(verdict, {
      image,
      marker: '',
      commit: deps.env.GITHUB_SHA || null,
      runUrl: null
    })
    await fs.writeFile(path.join(outcome.workDir, 'drift.md'), markdown)
    core.setOutput(Outputs.Drift, String(verdict.drifted))
    core.setOutput(Outputs.DriftCause, verdict.cause)
    core.setOutput(Outputs.Digest, verdict.after.digest)
    core.setOutput(Outputs.RecordDigest, verdict.before.digest)
    core.setOutput(Outputs.RecordPath, outcome.recordPath)
    core.setOutput(Outputs.ReportPath, reportPath)
    await writeSummary(markdown, deps.env)
    const repo = repoFromEnv(deps.env)
    if (!params['drift-issue']) core.info('no drift issue (drift-issue: false)')
    else if (repo === null) core.warning('no drift issue: GITHUB_REPOSITORY does not name the repository')
    else if (params['github-token'] === '' && deps.github === undefined)
      core.warning('no drift issue: github-token is empty')
    else {
      const client = deps.github ?? createGitHubClient(params['github-token'])
      const issue = await publishDriftIssue(client, {
        repo,
        image,
        verdict,
        token: params['github-token'],
        commit: deps.env.GITHUB_SHA || null,
        runUrl: runInfoFromContext().runUrl
      })
      if (issue.action === 'failed') core.warning(issue.reason)
      else if (issue.action === 'skipped') logInfo(issue.reason)
      else {
        logInfo(`drift issue #${issue.number} ${issue.action}${issue.url !== null ? `: ${issue.url}` : ''}`)
        core.setOutput(Outputs.DriftIssueNumber, String(issue.number))
      }
    }
    if (!verdict.drifted) {
      logInfo(`no drift: ${verdict.reason}`)
      return ExitCode.Pass
    }
    if (params['fail-on-mismatch']) {
      core.setFailed(`the digest drifted: ${verdict.reason}`)
      return ExitCode.CheckFailed
    }
    core.warning(`the digest drifted (fail-on-mismatch is false): ${verdict.reason}`)
    return ExitCode.Pass
  } catch (error) {
    failStep(error)
    return ExitCode.Error
  }
}
