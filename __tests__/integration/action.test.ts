// The bundled action, run as a runner runs it: `node dist/index.js` with INPUT_* env and command files.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { runAction } from '../support/action-runner.js'
import { BUSYBOX, buildxHasChecks, makeContext, requireEngine } from '../support/engine.js'

/** buildx 0.15 brought `--call=check`; the oldest supported engine (buildx 0.13) has none. */
let hasChecks = true

beforeAll(async () => {
  requireEngine()
  hasChecks = await buildxHasChecks()
})

describe('the action as a runner runs it', () => {
  it('sets every output and writes the summary for a reproducible build', async () => {
    const ctx = await makeContext({
      Dockerfile: 'ARG BASE\nFROM ${BASE}\nCOPY a.txt /a.txt\nRUN cat /a.txt > /b.txt\n',
      'a.txt': 'hello\n'
    })
    const r = await runAction({
      context: ctx,
      'build-args': `BASE=${BUSYBOX}\nNPM_TOKEN=hunter2-secret`,
      network: 'none',
      epoch: '1700000000'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.reproducible).toBe('true')
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(r.outputs['digest-run1']).toBe(r.outputs.digest)
    expect(r.outputs['digest-run2']).toBe(r.outputs.digest)
    expect(Number(r.outputs['duration-run1-ms'])).toBeGreaterThan(0)
    expect(Number(r.outputs['duration-run2-ms'])).toBeGreaterThan(0)
    expect(r.outputs['cache-hit-ratio']).toMatch(/^(0|1)(\.\d+)?$/)
    expect(['exact', 'partial', 'miss']).toContain(r.outputs['cache-hit'])
    const report = JSON.parse(await fs.readFile(r.outputs['report-path'], 'utf8')) as {
      reproducible: boolean
      epoch: number
    }
    expect(report).toMatchObject({ reproducible: true, epoch: 1700000000 })
    // The gate's layouts and context copies are gone; the reports stay for later steps.
    expect((await fs.readdir(path.dirname(r.outputs['report-path']))).sort()).toEqual([
      'report.json',
      'report.md'
    ])
    expect(r.summary).toMatch(/reproducible/)
    expect(r.summary).toContain(r.outputs.digest)
    // A secret-looking build-arg is masked and never printed.
    expect(r.stdout).toContain('::add-mask::hunter2-secret')
    expect(r.stdout.split('::add-mask::hunter2-secret').join('')).not.toContain('hunter2-secret')
    expect(r.summary).not.toContain('hunter2-secret')
  })

  it('fails the step when the image is not reproducible, with lint annotations and SARIF', async () => {
    const ctx = await makeContext(
      { Dockerfile: 'ARG BASE\nFROM ${BASE}\nRUN head -c 8 /dev/urandom > /id\nCMD cat /id\n' },
      { nonce: true }
    )
    const sarif = path.join(ctx, 'out', 'lint.sarif')
    const r = await runAction({
      context: ctx,
      'build-args': `BASE=${BUSYBOX}`,
      network: 'none',
      'sarif-file': sarif
    })
    // The clock/randomness rule marks the RUN line of the Dockerfile.
    expect(r.stdout).toMatch(/::error title=build-lab BL009,file=[^,]*Dockerfile,line=3::/)
    // BuildKit's own checks run on the same engine and annotate beside ours (`:` escaped in the title);
    // an engine without them says so once.
    if (hasChecks)
      expect(r.stdout).toMatch(
        /::warning title=build-lab BK%3AJSONArgsRecommended,file=[^,]*Dockerfile,line=4::/
      )
    else expect(r.stdout).not.toMatch(/BK%3A/)
    const log = JSON.parse(await fs.readFile(sarif, 'utf8')) as {
      version: string
      runs: { results: { ruleId: string }[] }[]
    }
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results.map(x => x.ruleId)).toContain('BL009')
    expect(r.summary).toMatch(/BL009/)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::the image is not reproducible: digests differ/)
    expect(r.outputs.reproducible).toBe('false')
    expect(r.outputs['digest-run1']).not.toBe(r.outputs['digest-run2'])
    expect(r.summary).toMatch(/not reproducible/)
    // Both layouts stay for `build-lab diff`, beside the reports; nothing else does.
    expect((await fs.readdir(path.dirname(r.outputs['report-path']))).sort()).toEqual([
      'report.json',
      'report.md',
      'run1',
      'run2'
    ])
  })

  it('only warns with fail-on-mismatch: false', async () => {
    const ctx = await makeContext({ Dockerfile: 'ARG BASE\nFROM ${BASE}\nRUN date > /t\n' }, { nonce: true })
    const r = await runAction({
      context: ctx,
      'build-args': `BASE=${BUSYBOX}`,
      network: 'none',
      'fail-on-mismatch': 'false'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::the image is not reproducible \(fail-on-mismatch is false\)/)
    expect(r.outputs.reproducible).toBe('false')
  })

  it('passes with a warning when ignore-paths allows every difference, and keeps reproducible false', async () => {
    const ctx = await makeContext(
      { Dockerfile: 'ARG BASE\nFROM ${BASE}\nRUN mkdir -p /var/log && date > /var/log/build.log\n' },
      { nonce: true }
    )
    const r = await runAction({
      context: ctx,
      'build-args': `BASE=${BUSYBOX}`,
      network: 'none',
      'ignore-paths': '# accepted for now\nvar/log/** # build log\n'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /::warning::the image is reproducible except 1 allowed path \(var\/log\/\*\*\); the digests differ \(var\/log\/\*\*: 1\)/
    )
    expect(r.stdout).not.toMatch(/::error::/)
    expect(r.outputs.reproducible).toBe('false')
    expect(r.outputs['allowed-differences']).toBe('1')
    expect(r.summary).toContain('### Allowed differences')
    expect(r.summary).toContain('`var/log/build.log`')
  })

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a missing context',
      { context: '/nonexistent/ctx' },
      /::error::build context "\/nonexistent\/ctx" is not a directory/
    ],
    [
      'a malformed build-arg',
      { 'build-args': 'NOEQUALS' },
      /::error::build-args entry "NOEQUALS" has no "="/
    ],
    ['a bad boolean', { cache: 'yes' }, /::error::input cache must be true or false/],
    ['a bad epoch', { epoch: 'soon' }, /::error::input epoch must be a non-negative integer/],
    [
      'a bad comment mode',
      { comment: 'sometimes' },
      /::error::input comment must be one of auto, always, never/
    ],
    [
      'a bad equality',
      { equality: 'bytes' },
      /::error::input equality must be digest or content \(got "bytes"\)/
    ],
    [
      'a builder that does not exist',
      { builder: 'no-such-builder' },
      /::error::builder "no-such-builder" does not exist: pass the name of a buildx builder or docker context/
    ]
  ])('fails with one clear line on %s', async (_name, inputs, message) => {
    const ctx = await makeContext({ Dockerfile: 'FROM scratch\n' })
    const r = await runAction({ context: ctx, ...inputs })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(message)
    expect(r.stdout).not.toMatch(/\n\s+at /)
  })

  it('fails with the fix when the daemon is down', async () => {
    const ctx = await makeContext({ Dockerfile: 'FROM scratch\n' })
    const r = await runAction({ context: ctx }, { DOCKER_HOST: 'unix:///tmp/build-lab-no-such.sock' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::cannot reach the Docker daemon at unix:\/\/\/tmp\/build-lab-no-such.sock/
    )
  })
})
