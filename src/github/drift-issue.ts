// The drift issue on GitHub: found again by its marker, opened, updated, reopened or closed, never duplicated.
import { createHash } from 'node:crypto'
import type { DriftVerdict } from '../core/drift/attribute.js'
import {
  DRIFT_TITLE_PREFIX,
  driftIssueTitle,
  driftMarker,
  type IssueState,
  planDriftIssue,
  renderDriftMarkdown
} from '../core/drift/issue.js'
import type { GitHubIssues, Issue, Repo } from './client.js'
import { commentIdentity, describeGitHubError } from './comment.js'

/** Pages of issues searched for the marker before giving up (100 a page, newest first). */
const MAX_PAGES = 20

export type DriftIssueOutcome =
  | { action: 'created' | 'updated' | 'reopened' | 'closed'; number: number; url: string | null }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; reason: string }

export interface DriftIssueRequest {
  repo: Repo
  /** the image the issue is about: a reference, or the record's build (context and Dockerfile) */
  image: string
  verdict: DriftVerdict
  token: string
  commit: string | null
  runUrl: string | null
}

async function findIssue(
  client: GitHubIssues,
  repo: Repo,
  marker: string,
  identity: string
): Promise<Issue | null> {
  let pages = 0
  for await (const page of client.listIssues(repo)) {
    for (const i of page) {
      // Anyone can open an issue with the marker: only build-lab's own counts.
      if (i.title.startsWith(DRIFT_TITLE_PREFIX) && i.body.startsWith(marker) && i.author === identity)
        return i
    }
    if (++pages >= MAX_PAGES) break
  }
  return null
}

/** Opens, updates, reopens or closes the image's drift issue. Never throws: trouble is a `failed` outcome. */
export async function publishDriftIssue(
  client: GitHubIssues,
  request: DriftIssueRequest
): Promise<DriftIssueOutcome> {
  const marker = driftMarker(createHash('sha256').update(request.image).digest('hex'))
  const title = driftIssueTitle(request.image)
  const body = renderDriftMarkdown(request.verdict, {
    image: request.image,
    marker,
    commit: request.commit,
    runUrl: request.runUrl
  })
  try {
    const identity = await commentIdentity(client, request.token)
    const found = await findIssue(client, request.repo, marker, identity)
    const existing: IssueState | null =
      found === null ? null : { number: found.number, state: found.state, body: found.body }
    const plan = planDriftIssue(request.verdict, existing, title, body)
    switch (plan.action) {
      case 'none':
        return { action: 'skipped', reason: plan.reason }
      case 'create': {
        const made = await client.createIssue(request.repo, plan.title, plan.body)
        return { action: 'created', number: made.number, url: made.url }
      }
      case 'update':
      case 'reopen': {
        const made = await client.updateIssue(request.repo, plan.number, {
          title: plan.title,
          body: plan.body,
          ...(plan.action === 'reopen' ? { state: 'open' as const } : {})
        })
        return {
          action: plan.action === 'reopen' ? 'reopened' : 'updated',
          number: made.number,
          url: made.url
        }
      }
      case 'close': {
        await client.createComment(request.repo, plan.number, plan.comment)
        const closed = await client.updateIssue(request.repo, plan.number, { state: 'closed' })
        return { action: 'closed', number: closed.number, url: closed.url }
      }
    }
  } catch (error) {
    return { action: 'failed', reason: describeGitHubError(error).replace(/PR comment/g, 'drift issue') }
  }
}
