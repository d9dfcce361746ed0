// A loopback GitHub REST API for issues and their comments (list with Link pagination, create, update), GET /user, with fault switches.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredComment {
  id: number
  owner: string
  repo: string
  issue: number
  body: string
  user: string
}

export interface StoredIssue {
  number: number
  owner: string
  repo: string
  title: string
  body: string
  state: 'open' | 'closed'
  user: string
}

export interface GitHubRequest {
  method: string
  /** The path and query, as sent. */
  url: string
  status: number
  authorization: string | null
  /** the JSON body of a POST or PATCH, as received */
  body: string | null
}

/** A canned answer for requests that match; `times` counts down, null means forever. */
export interface GitHubFault {
  method?: string
  path?: RegExp
  status: number
  message: string
  headers?: Record<string, string>
  times?: number | null
}

export interface GitHubServer {
  /** The API root, http://127.0.0.1:<port>, for octokit's baseUrl. */
  url: string
  comments: StoredComment[]
  issues: StoredIssue[]
  requests: GitHubRequest[]
  faults: GitHubFault[]
  /**
   * Who each token is (`token <t>` → login). A token that is not here posts as github-actions[bot] and gets
   * 403 from GET /user, as the default GITHUB_TOKEN does.
   */
  users: Map<string, string>
  /** Adds `n` comments by someone else to an issue, to make the list span pages. */
  seed(
    owner: string,
    repo: string,
    issue: number,
    n: number,
    body?: (i: number) => string,
    user?: string
  ): void
  close(): Promise<void>
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/
const ISSUES = /^\/repos\/([^/]+)\/([^/]+)\/issues$/
const ISSUE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function fieldsOf(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function bodyOf(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text)
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'body' in parsed &&
      typeof parsed.body === 'string'
    ) {
      return parsed.body
    }
  } catch {
    return null
  }
  return null
}

/** Starts the server on 127.0.0.1 and an ephemeral port. */
export async function startGitHubServer(): Promise<GitHubServer> {
  const comments: StoredComment[] = []
  const issues: StoredIssue[] = []
  const requests: GitHubRequest[] = []
  const faults: GitHubFault[] = []
  const users = new Map<string, string>()
  const bodies = new WeakMap<IncomingMessage, string>()
  let nextId = 1000
  let base = ''

  const json = (
    res: ServerResponse,
    status: number,
    value: unknown,
    headers: Record<string, string> = {}
  ): number => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(value))
    return status
  }
  const view = (c: StoredComment): Record<string, unknown> => ({
    id: c.id,
    body: c.body,
    html_url: `https://github.test/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' }
  })

  const issueView = (i: StoredIssue): Record<string, unknown> => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    html_url: `https://github.test/${i.owner}/${i.repo}/issues/${i.number}`,
    user: { login: i.user, type: i.user.endsWith('[bot]') ? 'Bot' : 'User' }
  })
  /** One page of `all` with GitHub's Link header. */
  const paged = (res: ServerResponse, url: URL, all: Record<string, unknown>[]): number => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30') || 30)
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const extra = [...url.searchParams].filter(([k]) => k !== 'page' && k !== 'per_page')
    const query = extra.map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('')
    const link = (p: number, rel: string): string =>
      `<${base}${url.pathname}?per_page=${perPage}&page=${p}${query}>; rel="${rel}"`
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
    return json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
  }

  const read = async (req: IncomingMessage): Promise<string> => {
    const text = await readBody(req)
    bodies.set(req, text)
    return text
  }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
    const login = users.get(token) ?? 'github-actions[bot]'
    const fault = faults.find(
      f =>
        (f.method === undefined || f.method === method) && (f.path === undefined || f.path.test(url.pathname))
    )
    if (fault !== undefined && (fault.times === undefined || fault.times === null || fault.times > 0)) {
      if (typeof fault.times === 'number') fault.times--
      return json(
        res,
        fault.status,
        { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
        fault.headers
      )
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (!users.has(token)) return json(res, 403, { message: 'Resource not accessible by integration' })
      return json(res, 200, { login, type: 'User' })
    }
    const listIssues = ISSUES.exec(url.pathname)
    if (listIssues !== null) {
      const [, owner = '', repo = ''] = listIssues
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open'
        const all = issues
          .filter(i => i.owner === owner && i.repo === repo && (state === 'all' || i.state === state))
          .sort((a, b) => b.number - a.number)
        return paged(res, url, all.map(issueView))
      }
      if (method === 'POST') {
        const fields = fieldsOf(await read(req))
        if (fields === null || typeof fields.title !== 'string' || fields.title === '')
          return json(res, 422, { message: 'Invalid request: title is required' })
        const issue: StoredIssue = {
          number: issues.length + comments.length + 1,
          owner,
          repo,
          title: fields.title,
          body: typeof fields.body === 'string' ? fields.body : '',
          state: 'open',
          user: login
        }
        issues.push(issue)
        return json(res, 201, issueView(issue))
      }
    }
    const oneIssue = ISSUE.exec(url.pathname)
    if (oneIssue !== null && method === 'PATCH') {
      const issue = issues.find(
        i => i.number === Number(oneIssue[3]) && i.owner === oneIssue[1] && i.repo === oneIssue[2]
      )
      if (issue === undefined) return json(res, 404, { message: 'Not Found' })
      const fields = fieldsOf(await read(req))
      if (fields === null) return json(res, 422, { message: 'Invalid request' })
      if (typeof fields.title === 'string') issue.title = fields.title
      if (typeof fields.body === 'string') issue.body = fields.body
      if (fields.state === 'open' || fields.state === 'closed') issue.state = fields.state
      return json(res, 200, issueView(issue))
    }
    const list = LIST.exec(url.pathname)
    if (list !== null) {
      const [, owner = '', repo = '', issueText = ''] = list
      const issue = Number(issueText)
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30') || 30)
        const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1)
        const all = comments.filter(c => c.owner === owner && c.repo === repo && c.issue === issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const link = (p: number, rel: string): string =>
          `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
        const links: string[] = []
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
        const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
        return json(res, 200, all.slice((page - 1) * perPage, page * perPage).map(view), headers)
      }
      if (method === 'POST') {
        const body = bodyOf(await read(req))
        if (body === null) return json(res, 422, { message: 'Invalid request: body is required' })
        const comment = { id: nextId++, owner, repo, issue, body, user: login }
        comments.push(comment)
        return json(res, 201, view(comment))
      }
    }
    const one = ONE.exec(url.pathname)
    if (one !== null && method === 'PATCH') {
      const comment = comments.find(c => c.id === Number(one[3]) && c.owner === one[1] && c.repo === one[2])
      if (comment === undefined) return json(res, 404, { message: 'Not Found' })
      // GitHub lets only a comment's author (or a maintainer) edit it; the tests expect build-lab never to try.
      if (comment.user !== login) return json(res, 403, { message: 'You cannot edit this comment' })
      const body = bodyOf(await read(req))
      if (body === null) return json(res, 422, { message: 'Invalid request: body is required' })
      comment.body = body
      return json(res, 200, view(comment))
    }
    return json(res, 404, { message: 'Not Found' })
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).then(
      status =>
        requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          status,
          authorization: req.headers.authorization ?? null,
          body: bodies.get(req) ?? null
        }),
      (error: unknown) => {
        res.writeHead(500)
        res.end(String(error))
      }
    )
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address: AddressInfo | string | null = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('the GitHub test server has no TCP address')
  base = `http://127.0.0.1:${address.port}`
  return {
    url: base,
    comments,
    issues,
    requests,
    faults,
    users,
    seed(owner, repo, issue, n, body = i => `comment ${i}`, user = 'someone') {
      for (let i = 0; i < n; i++) {
        comments.push({ id: nextId++, owner, repo, issue, body: body(i), user })
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      })
  }
}
