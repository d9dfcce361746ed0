// Record on two runners and compare, with the bundled action run as a runner runs it (node dist/index.js).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action-runner.js'
import { ArtifactServer } from '../support/artifact-server.js'
import { BUSYBOX, makeContext, requireEngine } from '../support/engine.js'

const server = new ArtifactServer()
let root = ''
let job = 0

function runnerEnv(label: string): Record<string, string> {
  return {
    ...server.env('run-backend', `job-${++job}`),
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_WORKFLOW: 'reproducibility-matrix',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: label
  }
}

async function recordAndCompare(dockerfile: string, prefix: string) {
  const ctx = await makeContext({ Dockerfile: dockerfile }, { nonce: true })
  const common = { context: ctx, 'build-args': `BASE=${BUSYBOX}`, network: 'none', 'record-prefix': prefix }
  const records = []
  for (const label of ['ubuntu-24.04', 'ubuntu-22.04']) {
    const temp = await fs.mkdtemp(path.join(root, 'runner-'))
    records.push(
      await runAction({ ...common, mode: 'record', 'runner-label': label }, runnerEnv(label), temp)
    )
  }
  const compare = await runAction(
    { mode: 'compare', 'record-prefix': prefix, runners: 'ubuntu-24.04,ubuntu-22.04' },
    runnerEnv('compare'),
    await fs.mkdtemp(path.join(root, 'runner-'))
  )
  return { records, compare }
}

beforeAll(async () => {
  requireEngine()
  await server.start()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-modes-'))
})

afterAll(async () => {
  await server.stop()
})

describe('mode: record and mode: compare through the bundled action', () => {
  it('agree on a reproducible image', async () => {
    const { records, compare } = await recordAndCompare(
      'ARG BASE\nFROM ${BASE}\nRUN echo same > /f\n',
      'same'
    )
    for (const r of records) {
      expect(r.code).toBe(0)
      expect(r.outputs['record-artifact']).toMatch(/^same-/)
    }
    expect(compare.code).toBe(0)
    expect(compare.outputs.reproducible).toBe('true')
    expect(compare.summary).toContain('ubuntu-24.04')
    expect(compare.summary).toContain('ubuntu-22.04')
  })

  it('fail on a nondeterministic image, with the diagnosis', async () => {
    const { records, compare } = await recordAndCompare(
      'ARG BASE\nFROM ${BASE}\nRUN head -c 8 /dev/urandom > /stamp\n',
      'random'
    )
    expect(records.map(r => r.code)).toEqual([0, 0])
    expect(compare.code).toBe(1)
    expect(compare.outputs.reproducible).toBe('false')
    expect(compare.stdout).toMatch(/::error::/)
    expect(compare.summary).toMatch(/stamp/)
  })

  it('fail with one clear line when there are no records', async () => {
    const compare = await runAction(
      { mode: 'compare', 'record-prefix': 'nothing-here' },
      runnerEnv('compare'),
      await fs.mkdtemp(path.join(root, 'runner-'))
    )
    expect(compare.code).not.toBe(0)
    expect(compare.stdout).toMatch(/::error::.*record/i)
    expect(compare.stdout).not.toMatch(/\n\s+at /)
  })
})
