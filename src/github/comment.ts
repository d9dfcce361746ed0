// The PR comment: when to post it, and one comment per marker, found again and updated, never duplicated.
import { errorMessage } from '../core/errors.js'
import type { GitHubClient, IssueComment, Repo } from './client.js'
import { isRecord } from '../core/json.js'

export type CommentMode = 'auto' | 'always' | 'never'

/** What the workflow run knows, as plain values (the action reads them from @actions/github's context). */
export interface RunContext {
  eventName: string
  /** The pull request's number, null when the event has none. */
  prNumber: number | null
  repo: Repo | null
  token: string
}

export type CommentPlan =
  { post: true; repo: Repo; issue: number } | { post: false; reason: string; level: 'debug' | 'notice' }

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * auto: only on pull_request(_target) events with a token. always: wherever there is a PR number
 * (a notice says why not, otherwise). never: never.
 */
export function planComment(mode: CommentMode, ctx: RunContext): CommentPlan {
  if (mode === 'never') return { post: false, reason: 'comment is never', level: 'debug' }
  if (mode === 'auto' && !PR_EVENTS.has(ctx.eventName)) {
    return {
      post: false,
      reason: `no PR comment on ${ctx.eventName || 'this'} events (comment: auto)`,
      level: 'debug'
    }
  }
  const level = mode === 'always' ? 'notice' : 'debug'
  if (ctx.prNumber === null) {
    return {
      post: false,
      reason: `no PR comment: the ${ctx.eventName || 'current'} event has no pull request number`,
      level
    }
  }
  if (ctx.repo === null)
    return { post: false, reason: 'no PR comment: the repository is unknown (GITHUB_REPOSITORY)', level }
  if (ctx.token === '') return { post: false, reason: 'no PR comment: github-token is empty', level }
  return { post: true, repo: ctx.repo, issue: ctx.prNumber }
}

/** The pull request number of an event payload: pull_request.number, or issue.number on PR comments. */
export function pullRequestNumber(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null
  const pr: unknown = 'pull_request' in payload ? payload.pull_request : null
  if (typeof pr === 'object' && pr !== null && 'number' in pr && typeof pr.number === 'number')
    return pr.number
  const issue: unknown = 'issue' in payload ? payload.issue : null
  if (
    typeof issue === 'object' &&
    issue !== null &&
    'pull_request' in issue &&
    'number' in issue &&
    typeof issue.number === 'number'
  ) {
    return issue.number
  }
  return null
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url: string | null; warning?: string }
  | { action: 'skipped'; reason: string; warning?: string }
  | { action: 'failed'; reason: string }

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

/** The HTTP status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(error: unknown): number | null {
  const status = field(error, 'status')
  return typeof status === 'number' ? status : null
}

function header(error: unknown, name: string): string | null {
  const value = field(field(field(error, 'response'), 'headers'), name)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** One line on what went wrong talking to GitHub, and what it means for the reader. */
export function describeGitHubError(error: unknown): string {
  const status = httpStatus(error)
  const message = errorMessage(error)
  if (
    status === 429 ||
    (status === 403 && (header(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(message)))
  ) {
    const reset = header(error, 'x-ratelimit-reset')
    const when =
      reset !== null && /^\d+$/.test(reset)
        ? ` (resets at ${new Date(Number(reset) * 1000).toISOString()})`
        : ''
    return `the GitHub API rate limit was reached${when}: the PR comment was not posted; the job summary has the report`
  }
  if (status === 403) {
    return `GitHub refused the PR comment (403: ${message}): pull requests from forks get a read-only token, so the report is in the job summary only`
  }
  if (status === 401) return `GitHub refused the token (401: ${message}): check the github-token input`
  if (status === 404) {
    return `GitHub answered 404 for the PR comment (${message}): the token may lack pull-requests or issues write permission`
  }
  if (status !== null && status >= 500) {
    return `GitHub answered ${status} (${message}): the PR comment was not updated this time; the job summary has the report`
  }
  return `could not post the PR comment: ${message}`
}

/** Who posts with a token: the default GITHUB_TOKEN (an app installation token, `ghs_`) posts as github-actions[bot]. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** The login the comment will be posted as: github-actions[bot] for installation tokens, else the token's user. */
export async function commentIdentity(client: Pick<GitHubClient, 'viewer'>, token: string): Promise<string> {
  if (token.startsWith('ghs_')) return ACTIONS_BOT
  // GitHub answers 403 to GET /user for tokens that are not a user's; they post as the bot.
  return (await client.viewer()) ?? ACTIONS_BOT
}

/** The marker comments of an issue: the first one `identity` wrote, and the authors of the others. */
async function findComment(
  client: GitHubClient,
  repo: Repo,
  issue: number,
  marker: string,
  identity: string
): Promise<{ own: IssueComment | null; foreign: string[] }> {
  const foreign: string[] = []
  for await (const page of client.listComments(repo, issue)) {
    for (const comment of page) {
      if (!comment.body.startsWith(marker)) continue
      if (comment.author === identity) return { own: comment, foreign }
      foreign.push(comment.author ?? 'an unknown user')
    }
  }
  return { own: null, foreign }
}

/**
 * Updates the comment whose body starts with `marker` and that `identity` wrote, or creates one. A marker
 * comment by anyone else is left alone (anyone can plant one) and named in `warning`. Never throws: trouble
 * becomes a `failed` outcome with a message meant for a warning.
 */
export async function upsertComment(
  client: GitHubClient,
  repo: Repo,
  issue: number,
  marker: string,
  body: string,
  identity: string = ACTIONS_BOT
): Promise<CommentOutcome> {
  if (!body.startsWith(marker)) {
    return {
      action: 'failed',
      reason: 'the comment body does not start with its marker (a bug in build-lab)'
    }
  }
  try {
    const { own, foreign } = await findComment(client, repo, issue, marker, identity)
    const warning =
      foreign.length > 0
        ? `a comment with build-lab's marker by ${[...new Set(foreign)].map(a => JSON.stringify(a)).join(', ')} (not ${identity}, who posts this report) was left alone: the report is in build-lab's own comment`
        : null
    const extra = warning !== null ? { warning } : {}
    if (own !== null) {
      if (own.body === body) return { action: 'skipped', reason: 'the comment is up to date', ...extra }
      const updated = await client.updateComment(repo, own.id, body)
      return { action: 'updated', id: updated.id, url: updated.url, ...extra }
    }
    const created = await client.createComment(repo, issue, body)
    return { action: 'created', id: created.id, url: created.url, ...extra }
  } catch (error) {
    return { action: 'failed', reason: describeGitHubError(error) }
  }
}
