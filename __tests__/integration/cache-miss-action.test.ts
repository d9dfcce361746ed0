// Done when: after a source-only edit to the naive Node example, the PR comment says which COPY invalidated
// `npm ci`, with the changed files and the seconds it cost, and the map shows it (loopback cache and GitHub).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action-runner.js'
import { CacheServer } from '../support/cache-server.js'
import { type GitHubServer, startGitHubServer } from '../support/github-server.js'
import { NODE_IMAGE, ROOT, requireEngine } from '../support/engine.js'
import type { GateResult } from '../../src/core/gate.js'
import { formatDuration } from '../../src/core/report/format.js'

const cache = new CacheServer()
let github: GitHubServer
let root: string
let context: string
let runnerTemp: string
let env: Record<string, string>

async function gate(): Promise<{ report: GateResult; summary: string; comment: string; code: number }> {
  const run = await runAction(
    {
      context,
      'build-args': `BASE=${NODE_IMAGE}`,
      network: 'host',
      epoch: '1700000000',
      'github-token': 'ghs_loopback',
      'fail-on-mismatch': 'false'
    },
    env,
    runnerTemp
  )
  const report = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8')) as GateResult
  const posted = github.requests.filter(q => q.method === 'POST' || q.method === 'PATCH').at(-1)
  const body: unknown = JSON.parse(posted?.body ?? '{}')
  const comment = typeof body === 'object' && body !== null && 'body' in body ? String(body.body) : ''
  return { report, summary: run.summary, comment, code: run.code }
}

beforeAll(async () => {
  requireEngine()
  await cache.start()
  github = await startGitHubServer()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-miss-'))
  runnerTemp = path.join(root, 'runner-temp')
  const workspace = path.join(root, 'workspace')
  await fs.mkdir(workspace, { recursive: true })
  context = path.join(workspace, 'node-naive')
  await fs.cp(path.join(ROOT, 'example-dockerfiles/node-naive'), context, { recursive: true })
  const event = path.join(root, 'event.json')
  await fs.writeFile(event, JSON.stringify({ pull_request: { number: 19 } }))
  env = {
    ...cache.env(runnerTemp, workspace),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate'
  }
})

afterAll(async () => {
  await cache.stop()
  await github.close()
})

describe('why run 1 missed the cache, on the naive Node example', () => {
  it('first run: no cache restored, so the first step that ran says so', async () => {
    const { report } = await gate()
    expect(report.misses?.compared).toBe(false)
    for (const miss of report.misses?.misses ?? []) {
      expect(['cache-not-restored', 'inherited']).toContain(miss.cause.kind)
    }
  })

  it('after a source-only edit, the comment names the COPY that invalidated npm ci, the file, and the cost', async () => {
    const server = path.join(context, 'src/server.js')
    await fs.appendFile(server, `// a source-only edit ${process.hrtime.bigint()}\n`)
    const { report, summary, comment } = await gate()
    if (process.env.BUILD_LAB_KEEP_MISS) {
      await fs.writeFile(process.env.BUILD_LAB_KEEP_MISS, JSON.stringify({ report, summary, comment }))
    }
    expect(report.misses?.compared).toBe(true)
    const npm = report.misses?.misses.find(m => m.instruction.startsWith('RUN npm ci'))
    expect(npm).toBeDefined()
    expect(npm?.cause.kind).toBe('inherited')
    expect(npm?.root).toMatchObject({ instruction: 'COPY . .', line: 5 })
    expect(npm?.rootCause).toMatchObject({ kind: 'sources', files: ['src/server.js'], changed: 1 })
    const copy = report.misses?.misses.find(m => m.instruction === 'COPY . .')
    expect(copy?.cause.kind).toBe('sources')
    // What the step cost, as the reports write durations (ms under a second, else seconds).
    const cost = formatDuration(npm?.durationMs ?? 0)
    const sentence =
      '`RUN npm ci --omit=dev --no-audit --no-fund` ran because `COPY . .` on line 5 saw 1 changed file (src/server.js)'
    for (const text of [comment, summary]) {
      expect(text).toContain(sentence)
      expect(text).toContain('```mermaid')
      expect(text).toMatch(
        /r0\["line 5: COPY \. \. \(\d+(\.\d)? m?s\)<br\/>saw 1 changed file \(src\/server\.js\)"\]/
      )
      expect(text).toMatch(
        /r0 -->\|"\d+(\.\d)? m?s"\| r0n0\["line 6: RUN npm ci --omit=dev --no-audit --no-fund"\]/
      )
      expect(text).toContain('saw 1 changed file (src/server.js)')
    }
    expect(comment).toContain(`(src/server.js); it cost ${cost}`)
    // The reorder names what to move, and the time it would have saved.
    const reorder = report.misses?.actions.find(a => a.kind === 'reorder')
    expect(reorder?.suggestion).toContain('COPY package.json package-lock.json ./')
    expect(comment).toMatch(/would have saved \d+(\.\d)? m?s/)
  })
})
