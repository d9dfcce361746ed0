// The GitHub REST calls build-lab makes, behind a small interface so the orchestrator's tests can pass a fake.
import { getOctokit } from '@actions/github'
import { httpStatus } from './comment.js'

export interface Repo {
  owner: string
  repo: string
}

export interface IssueComment {
  id: number
  body: string
  url: string | null
  /** the login of the comment's author (`github-actions[bot]` for the default token) */
  author: string | null
}

export interface GitHubClient {
  /** The comments of an issue or pull request, oldest first, one page (up to 100) at a time. */
  listComments(repo: Repo, issue: number): AsyncIterable<IssueComment[]>
  createComment(repo: Repo, issue: number, body: string): Promise<IssueComment>
  updateComment(repo: Repo, commentId: number, body: string): Promise<IssueComment>
  /** The login behind the token (`GET /user`); null when GitHub refuses to say (403, as for app tokens). */
  viewer(): Promise<string | null>
}

export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  url: string | null
  author: string | null
}

/** The issue calls drift alerts make. */
export interface GitHubIssues {
  /** The repository's issues (not pull requests) in every state, newest first, one page at a time. */
  listIssues(repo: Repo): AsyncIterable<Issue[]>
  createIssue(repo: Repo, title: string, body: string): Promise<Issue>
  updateIssue(
    repo: Repo,
    issue: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' }
  ): Promise<Issue>
  createComment(repo: Repo, issue: number, body: string): Promise<IssueComment>
  viewer(): Promise<string | null>
}

export interface GitHubClientOptions {
  /** The REST API root; by default GITHUB_API_URL as read by @actions/github, else api.github.com. */
  baseUrl?: string
}

function comment(data: {
  id: number
  body?: string | null
  html_url?: string | null
  user?: { login?: string | null } | null
}): IssueComment {
  return { id: data.id, body: data.body ?? '', url: data.html_url ?? null, author: data.user?.login ?? null }
}

function issue(data: {
  number: number
  title: string
  body?: string | null
  state: string
  html_url?: string | null
  user?: { login?: string | null } | null
}): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    url: data.html_url ?? null,
    author: data.user?.login ?? null
  }
}

/** The two route fields, copied: a caller's richer object must not add parameters to the request. */
function repoRoute(repo: Repo): Repo {
  return { owner: repo.owner, repo: repo.repo }
}

/** A client on @actions/github's Octokit. Pagination follows the Link headers GitHub sends. */
export function createGitHubClient(
  token: string,
  options: GitHubClientOptions = {}
): GitHubClient & GitHubIssues {
  const octokit = getOctokit(token, options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {})
  return {
    async *listIssues(repo) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repoRoute(repo),
        state: 'all',
        per_page: 100
      })
      for await (const page of pages) yield page.data.filter(i => !i.pull_request).map(issue)
    },
    async createIssue(repo, title, body) {
      const { data } = await octokit.rest.issues.create({ ...repoRoute(repo), title, body })
      return issue(data)
    },
    async updateIssue(repo, number, change) {
      const { data } = await octokit.rest.issues.update({
        ...repoRoute(repo),
        issue_number: number,
        ...change
      })
      return issue(data)
    },
    async *listComments(repo, issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repoRoute(repo),
        issue_number: issue,
        per_page: 100
      })
      for await (const page of pages) yield page.data.map(comment)
    },
    async createComment(repo, issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        ...repoRoute(repo),
        issue_number: issue,
        body
      })
      return comment(data)
    },
    async updateComment(repo, commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({
        ...repoRoute(repo),
        comment_id: commentId,
        body
      })
      return comment(data)
    },
    async viewer() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated()
        return data.login
      } catch (error) {
        if (httpStatus(error) === 403) return null
        throw error
      }
    }
  }
}
