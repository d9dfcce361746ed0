// The PR comment through @actions/github's Octokit against a loopback GitHub API: pagination, create, update, faults.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { GateResult } from '../../src/core/gate.js'
import { commentMarker } from '../../src/core/report/comment-markdown.js'
import { createGitHubClient } from '../../src/github/client.js'
import { upsertComment } from '../../src/github/comment.js'
import { type CommentLog, publishGateComment, type RunInfo } from '../../src/github/publish.js'
import { type GitHubServer, startGitHubServer } from '../support/github-server.js'

const fixture = (name: string): GateResult =>
  JSON.parse(readFileSync(new URL(`../unit/fixtures/report/${name}`, import.meta.url), 'utf8')) as GateResult

const repo = { owner: 'octo', repo: 'app' }
const failing = fixture('nondeterministic.gate.json')
const passing = fixture('reproducible.gate.json')

function prRun(number: number): RunInfo {
  return {
    eventName: 'pull_request',
    payload: { pull_request: { number } },
    workflow: 'CI',
    job: 'gate',
    repo,
    runUrl: 'https://github.test/octo/app/actions/runs/7'
  }
}

function recordingLog(): CommentLog & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => lines.push(`info: ${m}`),
    notice: m => lines.push(`notice: ${m}`),
    warning: m => lines.push(`warning: ${m}`)
  }
}

let server: GitHubServer

beforeEach(async () => {
  server = await startGitHubServer()
})

afterEach(async () => {
  await server.close()
})

describe('publishGateComment on a loopback GitHub', () => {
  it('creates one comment, then updates it on the next push instead of adding another', async () => {
    const client = createGitHubClient('t0ken', { baseUrl: server.url })
    const log = recordingLog()
    const first = await publishGateComment(failing, {
      mode: 'auto',
      token: 't0ken',
      context: 'example-dockerfiles/nondeterministic',
      target: null,
      run: prRun(12),
      client,
      log
    })
    expect(first.action).toBe('created')
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).toContain('not reproducible')
    expect(server.requests.every(r => r.authorization === 'token t0ken')).toBe(true)

    const second = await publishGateComment(passing, {
      mode: 'auto',
      token: 't0ken',
      context: 'example-dockerfiles/nondeterministic',
      target: null,
      run: prRun(12),
      client,
      log
    })
    expect(second).toMatchObject({ action: 'updated', id: server.comments[0]?.id })
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]?.body).toContain('✅ build-lab: reproducible')
    // 't0ken' is not a user's: GET /user answers 403, so the comment is github-actions[bot]'s.
    expect(server.requests.map(r => `${r.method} ${r.url.split('?')[0]} ${r.status}`)).toEqual([
      'GET /user 403',
      'GET /repos/octo/app/issues/12/comments 200',
      'POST /repos/octo/app/issues/12/comments 201',
      'GET /user 403',
      'GET /repos/octo/app/issues/12/comments 200',
      'PATCH /repos/octo/app/issues/comments/1000 200'
    ])
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('keeps one comment per (workflow, job, context, target)', async () => {
    const client = createGitHubClient('t', { baseUrl: server.url })
    const options = { mode: 'auto' as const, token: 't', client, log: recordingLog() }
    await publishGateComment(failing, { ...options, context: 'a', target: null, run: prRun(3) })
    await publishGateComment(failing, { ...options, context: 'a', target: 'prod', run: prRun(3) })
    await publishGateComment(failing, { ...options, context: 'ab', target: null, run: prRun(3) })
    await publishGateComment(failing, {
      ...options,
      context: 'a',
      target: null,
      run: { ...prRun(3), job: 'other' }
    })
    await publishGateComment(passing, { ...options, context: 'a', target: 'prod', run: prRun(3) })
    expect(server.comments).toHaveLength(4)
    const prod = server.comments.filter(c => c.body.includes('target prod'))
    expect(prod).toHaveLength(1)
    expect(prod[0]?.body).toContain('reproducible')
  })

  it('finds its comment on the third page of a PR with 250 comments (Link pagination)', async () => {
    const marker = commentMarker({ workflow: 'CI', job: 'gate', context: '.', target: null })
    // A comment quoting the marker (not at the start of its body) is not ours.
    server.seed('octo', 'app', 5, 1, () => `> ${marker}`)
    server.seed('octo', 'app', 5, 229)
    server.comments.push({
      id: 1,
      owner: 'octo',
      repo: 'app',
      issue: 5,
      body: `${marker}\nold`,
      user: 'github-actions[bot]'
    })
    server.seed('octo', 'app', 5, 20)
    const client = createGitHubClient('t', { baseUrl: server.url })
    const outcome = await upsertComment(client, repo, 5, marker, `${marker}\nnew`)
    expect(outcome).toMatchObject({ action: 'updated', id: 1 })
    const lists = server.requests.filter(r => r.method === 'GET')
    expect(lists.map(r => new URL(r.url, server.url).searchParams.get('page') ?? '1')).toEqual([
      '1',
      '2',
      '3'
    ])
    expect(lists.every(r => r.url.includes('per_page=100'))).toBe(true)
    expect(server.comments).toHaveLength(251)
    expect(server.comments.find(c => c.id === 1)?.body).toBe(`${marker}\nnew`)
  })

  it('turns a fork PR 403 into a warning and posts nothing', async () => {
    server.faults.push({ method: 'POST', status: 403, message: 'Resource not accessible by integration' })
    const log = recordingLog()
    const outcome = await publishGateComment(failing, {
      mode: 'auto',
      token: 't',
      context: '.',
      target: null,
      run: prRun(9),
      client: createGitHubClient('t', { baseUrl: server.url }),
      log
    })
    expect(outcome.action).toBe('failed')
    expect(log.lines).toEqual([
      expect.stringMatching(/^warning: .*403.*Resource not accessible by integration.*forks/)
    ])
    expect(server.comments).toHaveLength(0)
  })

  it.each([
    [500, 'Internal Server Error', {}, /GitHub answered 500/],
    [502, 'Bad Gateway', {}, /GitHub answered 502/],
    [
      403,
      'API rate limit exceeded for installation',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' },
      /rate limit was reached \(resets at 2023-11-14T22:13:20.000Z\)/
    ],
    [429, 'Too many requests', {}, /rate limit was reached/]
  ])('turns %i on the list into a warning', async (status, message, headers, expected) => {
    server.faults.push({ method: 'GET', status, message, headers })
    const log = recordingLog()
    const outcome = await publishGateComment(failing, {
      mode: 'always',
      token: 't',
      context: '.',
      target: null,
      run: { ...prRun(4), eventName: 'push' },
      client: createGitHubClient('t', { baseUrl: server.url }),
      log
    })
    expect(outcome.action).toBe('failed')
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(/^warning: /)
    expect(log.lines[0]).toMatch(expected)
    expect(server.comments).toHaveLength(0)
  })

  it('recovers on the next push after a 5xx', async () => {
    server.faults.push({ method: 'PATCH', status: 503, message: 'Service Unavailable', times: 1 })
    const client = createGitHubClient('t', { baseUrl: server.url })
    const options = {
      mode: 'auto' as const,
      token: 't',
      context: '.',
      target: null,
      run: prRun(2),
      client,
      log: recordingLog()
    }
    expect((await publishGateComment(failing, options)).action).toBe('created')
    expect((await publishGateComment(passing, options)).action).toBe('failed')
    expect((await publishGateComment(passing, options)).action).toBe('updated')
    expect(server.comments).toHaveLength(1)
  })
})

describe('whose marker comment is updated', () => {
  const marker = commentMarker({ workflow: 'CI', job: 'gate', context: '.', target: null })
  const options = (token: string, log: CommentLog) => ({
    mode: 'auto' as const,
    token,
    context: '.',
    target: null,
    run: prRun(8),
    client: createGitHubClient(token, { baseUrl: server.url }),
    log
  })

  it('leaves a marker comment planted by someone else alone, posts its own and warns', async () => {
    server.seed('octo', 'app', 8, 1, () => `${marker}\n✅ build-lab: reproducible (planted)`, 'mallory')
    const log = recordingLog()
    const first = await publishGateComment(failing, options('ghs_default', log))
    expect(first.action).toBe('created')
    expect(server.comments).toHaveLength(2)
    expect(server.comments[0]).toMatchObject({ user: 'mallory', body: expect.stringContaining('(planted)') })
    expect(server.comments[1]).toMatchObject({
      user: 'github-actions[bot]',
      body: expect.stringContaining('not reproducible')
    })
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([
      expect.stringMatching(
        /^warning: a comment with build-lab's marker by "mallory" \(not github-actions\[bot\].*left alone/
      )
    ])
    // An installation token (ghs_) posts as github-actions[bot]: no GET /user.
    expect(server.requests.some(r => r.url === '/user')).toBe(false)

    const second = await publishGateComment(passing, options('ghs_default', recordingLog()))
    expect(second).toMatchObject({ action: 'updated', id: server.comments[1]?.id })
    expect(server.comments[0]?.body).toContain('(planted)')
    expect(server.requests.filter(r => r.method === 'PATCH').map(r => r.url)).toEqual([
      `/repos/octo/app/issues/comments/${server.comments[1]?.id}`
    ])
  })

  it('posts as the user behind a personal token, and never updates the bot comment', async () => {
    server.users.set('ghp_octocat', 'octocat')
    server.seed('octo', 'app', 8, 1, () => `${marker}\nold`, 'github-actions[bot]')
    const log = recordingLog()
    expect((await publishGateComment(failing, options('ghp_octocat', log))).action).toBe('created')
    expect(server.comments.map(c => c.user)).toEqual(['github-actions[bot]', 'octocat'])
    expect(server.comments[0]?.body).toBe(`${marker}\nold`)
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([
      expect.stringMatching(/by "github-actions\[bot\]" \(not octocat/)
    ])
    expect((await publishGateComment(passing, options('ghp_octocat', recordingLog()))).action).toBe('updated')
    expect(server.comments[1]?.body).toContain('✅ build-lab: reproducible')
    expect(server.requests.filter(r => r.url === '/user').map(r => r.status)).toEqual([200, 200])
  })

  it('falls back to github-actions[bot] when GET /user is refused, and updates the bot comment', async () => {
    server.seed('octo', 'app', 8, 1, () => `${marker}\nold`, 'github-actions[bot]')
    const log = recordingLog()
    expect(await publishGateComment(passing, options('app-token', log))).toMatchObject({
      action: 'updated',
      id: server.comments[0]?.id
    })
    expect(server.comments).toHaveLength(1)
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })
})

describe('when to comment', () => {
  const base = { token: 't', context: '.', target: null }

  it.each([
    ['auto', 'pull_request', 7, 'created'],
    ['auto', 'pull_request_target', 7, 'created'],
    ['auto', 'push', 7, 'skipped'],
    ['auto', 'pull_request', null, 'skipped'],
    ['always', 'push', 7, 'created'],
    ['always', 'workflow_dispatch', null, 'skipped'],
    ['never', 'pull_request', 7, 'skipped']
  ] as const)('comment: %s on %s with PR %p → %s', async (mode, eventName, pr, action) => {
    const log = recordingLog()
    const outcome = await publishGateComment(failing, {
      ...base,
      mode,
      run: { ...prRun(1), eventName, payload: pr === null ? {} : { pull_request: { number: pr } } },
      client: createGitHubClient('t', { baseUrl: server.url }),
      log
    })
    expect(outcome.action).toBe(action)
    expect(server.comments).toHaveLength(action === 'created' ? 1 : 0)
    if (mode === 'always' && action === 'skipped')
      expect(log.lines).toEqual([expect.stringMatching(/^notice: .*no pull request number/)])
  })

  it('needs a token in auto mode', async () => {
    const outcome = await publishGateComment(failing, {
      ...base,
      token: '',
      mode: 'auto',
      run: prRun(1),
      client: createGitHubClient('x', { baseUrl: server.url }),
      log: recordingLog()
    })
    expect(outcome).toEqual({ action: 'skipped', reason: expect.stringMatching(/github-token is empty/) })
    expect(server.requests).toHaveLength(0)
  })
})
