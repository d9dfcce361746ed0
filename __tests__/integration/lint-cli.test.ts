// `build-lab lint` on the real engine: BuildKit's checks beside ours, lowercase dockerfile, config and fail level.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { BUSYBOX, buildxHasChecks, cli, makeContext, requireEngine } from '../support/engine.js'

interface LintJson {
  findings: { rule: string; line: number; severity: string; url?: string }[]
}

const where = (json: LintJson): string[] => json.findings.map(f => `${f.rule}:${f.line}`)

/** buildx 0.15 brought `--call=check`; the oldest supported engine (buildx 0.13) has none. */
let hasChecks = true

beforeAll(async () => {
  requireEngine()
  hasChecks = await buildxHasChecks()
})

describe('build-lab lint --buildkit', () => {
  const dockerfile = `FROM ${BUSYBOX} as Build\nWORKDIR app\nCMD echo one\nCMD ["echo", "two"]\n`

  it("lists BuildKit's checks under BK: ids, without those our rules report on the same line", async () => {
    const context = await makeContext({ Dockerfile: dockerfile })
    const r = await cli(['lint', context, '--buildkit', '--format', 'json'])
    const json = JSON.parse(r.stdout) as LintJson
    if (!hasChecks) {
      // Said once, and our rules still run.
      expect(r.stderr).toBe("BuildKit's checks skipped: they need buildx 0.15 or later (`--call=check`)\n")
      expect(where(json)).toEqual(['BL003:1', 'BL019:1', 'BL022:2', 'BL018:3'])
      return
    }
    expect(r.stderr).toBe('')
    // BL018 (line 3) and BL022 (line 2) stand for MultipleInstructionsDisallowed and WorkdirRelativePath.
    expect(where(json)).toEqual([
      'BK:FromAsCasing:1',
      'BK:StageNameCasing:1',
      'BL003:1',
      'BL019:1',
      'BL022:2',
      'BK:JSONArgsRecommended:3',
      'BL018:3'
    ])
    expect(json.findings[0]!.url).toBe('https://docs.docker.com/go/dockerfile/rule/from-as-casing/')
    expect(r.code).toBe(0)
  })

  it('stays offline without --buildkit, and a config turns it on and fails at warning', async () => {
    const context = await makeContext({ Dockerfile: dockerfile })
    const plain = await cli(['lint', context, '--format', 'json'])
    expect(where(JSON.parse(plain.stdout) as LintJson).filter(w => w.startsWith('BK:'))).toEqual([])
    const configured = await makeContext({
      Dockerfile: dockerfile,
      '.build-lab.yml': 'lint:\n  buildkit: true\n  fail-level: warning\n  disable: [BK:FromAsCasing]\n'
    })
    const r = await cli(['lint', configured, '--format', 'json'])
    expect(r.code).toBe(1)
    if (!hasChecks) return
    const found = where(JSON.parse(r.stdout) as LintJson)
    expect(found).toContain('BK:JSONArgsRecommended:3')
    expect(found).not.toContain('BK:FromAsCasing:1')
  })

  it('says once why BuildKit gave nothing when the base image cannot be resolved, and lints on', async () => {
    const context = await makeContext({ Dockerfile: 'FROM 127.0.0.1:9/none/such:1\nCMD echo hi\n' })
    const r = await cli(['lint', context, '--buildkit', '--format', 'json'])
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(hasChecks ? "BuildKit's checks did not run:" : 'need buildx 0.15 or later')
    expect(where(JSON.parse(r.stdout) as LintJson)).toContain('BL003:1')
  })
})

describe('the Dockerfile is found as buildx finds it', () => {
  it('lints a lowercase dockerfile, and prefers Dockerfile when both exist', async () => {
    const lower = await makeContext({ dockerfile: 'FROM alpine:3\nUSER 1\n' })
    const r = await cli(['lint', lower, '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      findings: [{ rule: 'BL003', file: expect.stringMatching(/dockerfile$/) }]
    })
    const both = await makeContext({
      dockerfile: 'FROM alpine:3\nUSER 1\n',
      Dockerfile: 'FROM alpine@sha256:ab\nUSER 1\n'
    })
    expect(JSON.parse((await cli(['lint', both, '--format', 'json'])).stdout)).toEqual({ findings: [] })
  })

  it('gates a context that holds only a lowercase dockerfile', async () => {
    const context = await makeContext({ dockerfile: `FROM ${BUSYBOX}\nRUN echo hi > /hi\n` }, { nonce: true })
    const r = await cli(['gate', context, '--network', 'none', '--format', 'json'])
    expect(r.stderr).not.toContain('not found')
    expect((JSON.parse(r.stdout) as { reproducible: boolean }).reproducible).toBe(true)
    expect(r.code).toBe(0)
  })
})
