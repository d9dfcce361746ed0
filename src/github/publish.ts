// The action's PR comment: from the workflow context to a posted comment. Comment trouble never fails the check.
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { GateResult } from '../core/gate.js'
import { commentMarker, type CommentKey, renderGateComment } from '../core/report/comment-markdown.js'
import type { ReportExtras } from '../core/report/highlights.js'
import { createGitHubClient, type GitHubClient, type Repo } from './client.js'
import {
  type CommentMode,
  commentIdentity,
  type CommentOutcome,
  describeGitHubError,
  planComment,
  pullRequestNumber,
  upsertComment
} from './comment.js'

/** The facts of the workflow run the comment needs. */
export interface RunInfo {
  eventName: string
  payload: unknown
  workflow: string
  job: string
  repo: Repo | null
  /** The workflow run's page, linked from the comment. */
  runUrl: string | null
}

export interface CommentLog {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
}

export interface PublishCommentOptions {
  mode: CommentMode
  token: string
  /** The build context and target as given, part of the comment's key. */
  context: string
  target: string | null
  extras?: ReportExtras
  /** Default: read from @actions/github's context (GITHUB_EVENT_PATH, GITHUB_REPOSITORY ...). */
  run?: RunInfo
  /** Default: an Octokit client with `token`, on GITHUB_API_URL. */
  client?: GitHubClient
  log?: CommentLog
}

function repoOf(ctx: typeof github.context): Repo | null {
  try {
    return ctx.repo
  } catch {
    return null // context.repo throws when neither GITHUB_REPOSITORY nor the payload names one
  }
}

/** The run facts from @actions/github's context, which read the environment when it was imported. */
export function runInfoFromContext(ctx: typeof github.context = github.context): RunInfo {
  const repo = repoOf(ctx)
  const runUrl =
    repo !== null && ctx.runId
      ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${ctx.runId}`
      : null
  return {
    eventName: ctx.eventName ?? '',
    payload: ctx.payload,
    workflow: ctx.workflow ?? '',
    job: ctx.job ?? '',
    repo,
    runUrl
  }
}

const coreLog: CommentLog = {
  info: message => core.info(message),
  notice: message => core.notice(message),
  warning: message => core.warning(message)
}

export function commentKey(run: RunInfo, context: string, target: string | null): CommentKey {
  return { workflow: run.workflow, job: run.job, context, target }
}

/** Posts or updates the PR comment as `mode` says. Resolves with what happened; never rejects. */
export async function publishGateComment(
  result: GateResult,
  options: PublishCommentOptions
): Promise<CommentOutcome> {
  const log = options.log ?? coreLog
  try {
    const run = options.run ?? runInfoFromContext()
    const plan = planComment(options.mode, {
      eventName: run.eventName,
      prNumber: pullRequestNumber(run.payload),
      repo: run.repo,
      token: options.token
    })
    if (!plan.post) {
      if (plan.level === 'notice') log.notice(plan.reason)
      else log.info(plan.reason)
      return { action: 'skipped', reason: plan.reason }
    }
    const key = commentKey(run, options.context, options.target)
    const body = renderGateComment(result, key, options.extras ?? {}, { runUrl: run.runUrl })
    const client = options.client ?? createGitHubClient(options.token)
    const identity = await commentIdentity(client, options.token)
    const outcome = await upsertComment(client, plan.repo, plan.issue, commentMarker(key), body, identity)
    if (outcome.action !== 'failed' && outcome.warning !== undefined) log.warning(outcome.warning)
    if (outcome.action === 'failed') log.warning(outcome.reason)
    else if (outcome.action === 'skipped') log.info(outcome.reason)
    else log.info(`PR comment ${outcome.action}${outcome.url !== null ? `: ${outcome.url}` : ''}`)
    return outcome
  } catch (error) {
    const reason = describeGitHubError(error)
    log.warning(reason)
    return { action: 'failed', reason }
  }
}
