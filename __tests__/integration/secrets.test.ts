// Secrets on the real engine: BuildKit secrets reach the build, and no secret value reaches any output.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action-runner.js'
import { BUSYBOX, cli, makeContext, requireEngine } from '../support/engine.js'
import { type GitHubServer, startGitHubServer } from '../support/github-server.js'

const NPM_TOKEN = 'npm-tok-9f8e7d6c5b4a'
const NPM_AUTH = 'auth-77-zyxwvut'
const MOUNTED = 'mounted-secret-3141592'
const FILED = 'filed-secret-2718281'
const SECRETS = [NPM_TOKEN, NPM_AUTH, MOUNTED, FILED]
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

const FROM = 'ARG BASE\nFROM ${BASE}\nARG NPM_TOKEN\nARG NPM_AUTH\n'
// The secret mount is checked against the sha256 of its expected value, so a build passes only when buildx got it.
const usesSecrets = (expected: string): string =>
  `${FROM}RUN --mount=type=secret,id=npm --mount=type=secret,id=key ` +
  `test "$(sha256sum < /run/secrets/npm | cut -c1-64)" = "${sha256(expected)}" && test -s /run/secrets/key && echo "uses $NPM_TOKEN" > /used\n`
// History records `RUN |2 NPM_TOKEN=... NPM_AUTH=...`; the random bytes make the gate diagnose.
const NONDETERMINISTIC = `${FROM}RUN --mount=type=secret,id=npm echo "$NPM_TOKEN $NPM_AUTH $(cat /run/secrets/npm)" && head -c 8 /dev/urandom > /id\n`
const FAILING = `${FROM}RUN --mount=type=secret,id=npm echo "token $NPM_TOKEN auth $NPM_AUTH secret $(cat /run/secrets/npm)" && echo "::stop-commands::pwned" && exit 3\n`

let secretFile: string
const env = (): NodeJS.ProcessEnv => ({ ...process.env, NPM_SECRET: MOUNTED })
const buildFlags = (): string[] => [
  '--build-arg',
  `BASE=${BUSYBOX}`,
  '--build-arg',
  `NPM_TOKEN=${NPM_TOKEN}`,
  '--build-arg',
  `NPM_AUTH=${NPM_AUTH}`,
  '--secret-build-arg',
  'NPM_AUTH',
  '--secret',
  'id=npm,env=NPM_SECRET',
  '--secret',
  `id=key,src=${secretFile}`,
  '--network',
  'none'
]

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

/** The runner log with the lines that register masks taken out: every other mention is a leak. */
function withoutMasks(stdout: string): string {
  return stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
}

beforeAll(async () => {
  requireEngine()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-secret-'))
  secretFile = path.join(dir, 'key')
  await fs.writeFile(secretFile, `${FILED}\n`, { mode: 0o600 })
})

describe('build-lab gate with secrets (CLI)', () => {
  it('passes --secret env= and src= to both builds, and prints no secret', async () => {
    const ctx = await makeContext({ Dockerfile: usesSecrets(MOUNTED) }, { nonce: true })
    const r = await cli(['gate', ctx, ...buildFlags(), '--format', 'json'], env())
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as { reproducible: boolean; runs: { steps: { name: string }[] }[] }
    expect(json.reproducible).toBe(true)
    expect(r.stderr).toContain('--secret id=npm,env=NPM_SECRET')
    expect(r.stderr).toContain('--build-arg NPM_TOKEN=*** --build-arg NPM_AUTH=***')
    expectNoSecret(r.stdout + r.stderr)
  })

  it('fails the build when the secret is not what the Dockerfile expects (the mount is real)', async () => {
    const ctx = await makeContext({ Dockerfile: usesSecrets('something-else') }, { nonce: true })
    const r = await cli(['gate', ctx, ...buildFlags()], env())
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/run 1 failed/)
    expectNoSecret(r.stdout + r.stderr)
  })

  it.each(['json', 'markdown', 'text'])(
    'diagnoses a nondeterministic image with secret build-args in its history: --format %s shows none',
    async format => {
      const ctx = await makeContext({ Dockerfile: NONDETERMINISTIC }, { nonce: true })
      const r = await cli(['gate', ctx, ...buildFlags(), '--format', format], env())
      expect(r.code).toBe(1)
      expectNoSecret(r.stdout + r.stderr)
      if (format !== 'json') return
      const json = JSON.parse(r.stdout) as {
        diff: { layers: { createdBy?: string }[] } | null
        workDir: string
      }
      // BuildKit wrote the values into the history; the report holds them as ***.
      expect(json.diff?.layers.map(l => l.createdBy)).toContainEqual(
        expect.stringMatching(/^RUN \|2 NPM_TOKEN=\*\*\* NPM_AUTH=\*\*\* /)
      )
      // build-lab diff of the kept layouts knows no values, but knows the secret-looking name.
      const diff = await cli([
        'diff',
        path.join(json.workDir, 'run1'),
        path.join(json.workDir, 'run2'),
        '--format',
        'json'
      ])
      expect(diff.code).toBe(1)
      expect(diff.stdout).toMatch(/RUN \|2 NPM_TOKEN=\*\*\* NPM_AUTH=auth-77-zyxwvut /)
      expect(diff.stdout).not.toContain(NPM_TOKEN)
      const input = path.join(json.workDir, 'gate.json')
      await fs.writeFile(input, r.stdout)
      const html = await cli(['report', '--input', input, '--format', 'html'])
      expect(html.code).toBe(0)
      expect(html.stdout).toContain('<html')
      expectNoSecret(html.stdout + html.stderr)
    }
  )

  it('echoes a failing build log with no secret and no workflow command', async () => {
    const ctx = await makeContext({ Dockerfile: FAILING }, { nonce: true })
    const r = await cli(['gate', ctx, ...buildFlags()], env())
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/token \*\*\* auth \*\*\* secret \*\*\*/)
    expect(r.stderr).toContain('%3A:stop-commands::pwned')
    expect(r.stderr).not.toMatch(/^\s*::/m)
    expectNoSecret(r.stdout + r.stderr)
  })

  it.each([
    [['--target', 'a\n::error::forged'], /^build-lab: error: --target holds a line break/],
    [['--platform', 'linux/amd64\n::error::x'], /^build-lab: error: --platform holds a line break/],
    [
      ['--secret', 'id=npm'],
      /^build-lab: error: --secret id=npm: give exactly one source, env=VAR or src=FILE/
    ],
    [
      ['--secret', 'id=npm,env=BUILD_LAB_NO_SUCH_VAR'],
      /secret npm: the environment variable BUILD_LAB_NO_SUCH_VAR is not set/
    ]
  ])('rejects %j with one line, exit 2', async (flags, message) => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN true\n` })
    const r = await cli(['gate', ctx, '--build-arg', `BASE=${BUSYBOX}`, '--network', 'none', ...flags])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('the action with secrets', () => {
  let github: GitHubServer
  beforeAll(async () => {
    github = await startGitHubServer()
  })
  afterAll(async () => {
    await github.close()
  })

  async function runWithSecrets(dockerfile: string) {
    const ctx = await makeContext({ Dockerfile: dockerfile }, { nonce: true })
    const runner = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-runner-'))
    const event = path.join(runner, 'event.json')
    await fs.writeFile(event, JSON.stringify({ pull_request: { number: 7 } }))
    const r = await runAction(
      {
        context: ctx,
        'build-args': `BASE=${BUSYBOX}\nNPM_TOKEN=${NPM_TOKEN}\nNPM_AUTH=${NPM_AUTH}`,
        'secret-build-args': 'NPM_AUTH',
        secrets: `npm=${MOUNTED}`,
        'secret-files': `key=${secretFile}`,
        network: 'none',
        cache: 'false',
        'github-token': 'ghs_loopback'
      },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/app',
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW: 'CI',
        GITHUB_JOB: 'gate'
      },
      runner
    )
    return { r, runner }
  }

  it('posts a comment, a summary and reports with no secret, and removes the secret files', async () => {
    const { r, runner } = await runWithSecrets(NONDETERMINISTIC)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::add-mask::${MOUNTED}`)
    expect(r.stdout).toContain(`::add-mask::${NPM_AUTH}`)
    expect(r.stdout).toContain(`::add-mask::${FILED}`)
    expectNoSecret(withoutMasks(r.stdout) + r.stderr)
    expectNoSecret(r.summary)
    expect(r.summary).toMatch(/not reproducible/)
    const posted = github.requests.filter(q => q.method === 'POST' || q.method === 'PATCH')
    expect(posted).toHaveLength(1)
    expect(posted[0]?.body).toContain('build-lab')
    expectNoSecret(posted[0]?.body ?? '')
    const reportPath = r.outputs['report-path']!
    const report = await fs.readFile(reportPath, 'utf8')
    expect(report).toMatch(/RUN \|2 NPM_TOKEN=\*\*\* NPM_AUTH=\*\*\*/)
    expectNoSecret(report)
    expectNoSecret(await fs.readFile(path.join(path.dirname(reportPath), 'report.md'), 'utf8'))
    const left = (await fs.readdir(runner)).filter(n => n.startsWith('build-lab-secrets-'))
    expect(left).toEqual([])
  })

  it('echoes a failing build with no secret and no workflow command', async () => {
    const { r, runner } = await runWithSecrets(FAILING)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::run 1 failed/)
    expect(r.stdout).toContain('%3A:stop-commands::pwned')
    expect(r.stdout).not.toMatch(/^::stop-commands::/m)
    expectNoSecret(withoutMasks(r.stdout) + r.stderr + r.summary)
    expect((await fs.readdir(runner)).filter(n => n.startsWith('build-lab-secrets-'))).toEqual([])
  })

  it('rejects a target with a line break with one ::error:: line', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN true\n` })
    const r = await runAction({ context: ctx, target: 'prod\n::warning::forged' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^::error::input target holds a line break/m)
    expect(r.stdout).not.toMatch(/^::warning::forged/m)
  })
})
