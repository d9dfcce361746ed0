// Record on two "runners", then compare, through the real engine and a loopback artifact service.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { createActionsArtifactStore } from '../../src/crossrunner/artifact-store.js'
import { type CompareModeParams, runCompareMode } from '../../src/action/compare-mode.js'
import type { ModeDeps } from '../../src/action/mode-deps.js'
import { type RecordModeParams, runRecordMode } from '../../src/action/record-mode.js'
import { parseOutputs } from '../support/action-runner.js'
import { ArtifactServer } from '../support/artifact-server.js'
import { BUSYBOX, ROOT, makeContext, requireEngine } from '../support/engine.js'

const server = new ArtifactServer()
const saved = { ...process.env }
let tmp = ''
let summaryFile = ''
let jobs = 0

interface StepRun {
  code: number
  outputs: Record<string, string>
  summary: string
  /** the ::error:: lines the step printed */
  errors: string[]
  stdout: string
}

/** Sets the environment one runner job has, runs fn as its step, and collects what the step wrote. */
async function asJob(env: Record<string, string>, fn: (deps: ModeDeps) => Promise<number>): Promise<StepRun> {
  const outputFile = path.join(tmp, `output-${++jobs}`)
  await fs.writeFile(outputFile, '')
  await fs.writeFile(summaryFile, '')
  Object.assign(process.env, server.env('run-backend', `job-${jobs}`), {
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/build-lab',
    GITHUB_WORKFLOW: 'reproducibility-matrix',
    GITHUB_SHA: 'abc123',
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: `runner-${jobs}`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env
  })
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  let code: number
  try {
    code = await fn({
      engine: createDockerEngine(),
      store: createActionsArtifactStore(),
      log: { info: () => undefined, group: (_title, fn) => fn() },
      nowMs: () => Date.now(),
      env: process.env
    })
  } finally {
    spy.mockRestore()
    // core.setFailed sets the exit code of this process; the step's code is what run returns.
    process.exitCode = undefined
    for (const key of Object.keys(env)) Reflect.deleteProperty(process.env, key)
  }
  const stdout = chunks.join('')
  return {
    code,
    outputs: parseOutputs(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
    errors: stdout
      .split('\n')
      .filter(l => l.startsWith('::error::'))
      .map(l => decodeURIComponent(l.slice('::error::'.length).replace(/%0A/g, '\n'))),
    stdout
  }
}

function recordParams(
  example: string,
  prefix: string,
  label: string,
  extra: Partial<RecordModeParams> = {}
): RecordModeParams {
  return {
    context: path.join(ROOT, 'example-dockerfiles', example),
    file: '',
    target: '',
    'build-args': [{ name: 'BASE', value: BUSYBOX }],
    'secret-build-args': [],
    'secret-sources': [],
    platforms: [],
    epoch: '',
    network: 'none',
    provenance: false,
    builder: '',
    'runner-label': label,
    'upload-image-max-mb': 256,
    'record-prefix': prefix,
    ...extra
  }
}

function compareParams(prefix: string, runners: string[] = []): CompareModeParams {
  return { 'fail-on-mismatch': true, 'record-prefix': prefix, runners }
}

async function recordPair(
  example: string,
  prefix: string,
  extra: Partial<RecordModeParams> = {}
): Promise<StepRun[]> {
  const a = await asJob({ ImageOS: 'ubuntu24' }, deps =>
    runRecordMode(recordParams(example, prefix, 'ubuntu-24.04', extra), deps)
  )
  const b = await asJob({ ImageOS: 'ubuntu22' }, deps =>
    runRecordMode(recordParams(example, prefix, 'ubuntu-22.04', extra), deps)
  )
  return [a, b]
}

beforeAll(async () => {
  requireEngine()
  await server.start()
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-xrunner-'))
  summaryFile = path.join(tmp, 'summary')
})

afterEach(() => {
  server.setFault({ twirpStatus: null, blobStatus: null })
})

afterAll(async () => {
  await server.stop()
  for (const key of Object.keys(process.env)) if (!(key in saved)) Reflect.deleteProperty(process.env, key)
  Object.assign(process.env, saved)
})

describe('cross-runner record and compare', () => {
  it('passes when two runners build the reproducible example to the same digests', async () => {
    const [a, b] = await recordPair('reproducible', 'repro')
    expect(a.errors).toEqual([])
    expect(a.code).toBe(0)
    expect(b.code).toBe(0)
    expect(a.outputs['record-artifact']).toBe('repro-ubuntu-24.04')
    expect(a.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(b.outputs.digest).toBe(a.outputs.digest)

    const c = await asJob({}, deps =>
      runCompareMode(compareParams('repro', ['ubuntu-24.04', 'ubuntu-22.04']), deps)
    )
    expect(c.errors).toEqual([])
    expect(c.code).toBe(0)
    expect(c.outputs.reproducible).toBe('true')
    expect(c.outputs.digest).toBe(a.outputs.digest)
    const rows = c.summary.split('\n').filter(l => /^\| ubuntu-2\d\\?\.04 /.test(l))
    expect(rows).toHaveLength(2)
    for (const row of rows) expect(row).toContain('✅ match')
    expect(c.summary).toContain('ubuntu24')
    expect(c.summary).toContain('ubuntu22')
  })

  it('fails on the nondeterministic example and diagnoses the uploaded images down to files', async () => {
    const [a, b] = await recordPair('nondeterministic', 'nondet')
    expect([a.code, b.code]).toEqual([0, 0])
    expect(a.outputs.digest).not.toBe(b.outputs.digest)
    const c = await asJob({}, deps => runCompareMode(compareParams('nondet'), deps))
    expect(c.code).toBe(1)
    expect(c.outputs.reproducible).toBe('false')
    expect(c.errors.join('\n')).toMatch(/not reproducible across runners/)
    expect(c.summary).toContain('❌ differs')
    expect(c.summary).toMatch(/### Diagnosis: ubuntu-2\d\\?\.04 \(run 1\) vs ubuntu-2\d\\?\.04 \(run 2\)/)
    expect(c.summary).not.toContain('Only manifests and configs')
    // The file the clock and urandom wrote, with its cause.
    expect(c.summary).toMatch(/etc\/app\/id \|[^\n]*\| random/)
    const report: unknown = JSON.parse(await fs.readFile(c.outputs['report-path']!, 'utf8'))
    expect(report).toMatchObject({ reproducible: false, diagnoses: [{ depth: 'image' }] })
  })

  it('diagnoses from manifests and configs alone when the images were not uploaded', async () => {
    const [a, b] = await recordPair('nondeterministic', 'meta', { 'upload-image-max-mb': 0 })
    expect([a.code, b.code]).toEqual([0, 0])
    const stored = server.artifacts.filter(x => x.name.startsWith('meta-'))
    expect(stored).toHaveLength(2)
    const c = await asJob({}, deps => runCompareMode(compareParams('meta'), deps))
    expect(c.code).toBe(1)
    expect(c.summary).toContain('Only manifests and configs were uploaded')
    // The differing layers are named with their Dockerfile lines, from the recorded Dockerfile.
    expect(c.summary).toMatch(
      /layer \d+: [0-9a-f]{12} → [0-9a-f]{12}, 0 differing files, unknown, Dockerfile:6 RUN mkdir/
    )
    expect(c.summary).toMatch(/Dockerfile:7 RUN head -c 16/)
    // No file table: the layers' files were never uploaded.
    expect(c.summary).not.toContain('| File |')
    expect(c.summary).not.toMatch(/\| random/)
  })

  it('uploads a failed build as a record and fails the step', async () => {
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN echo broken && exit 3\n` })
    const a = await asJob({}, deps =>
      runRecordMode({ ...recordParams('reproducible', 'broken', 'ubuntu-24.04'), context }, deps)
    )
    expect(a.code).toBe(2)
    expect(a.errors).toEqual([expect.stringMatching(/^the build failed on ubuntu-24\.04: .*exit code: 3/)])
    const stored = server.artifacts.find(x => x.name === 'broken-ubuntu-24.04')
    expect(stored?.finalized).toBe(true)
    const record: unknown = JSON.parse(await fs.readFile(a.outputs['report-path']!, 'utf8'))
    expect(record).toMatchObject({
      digest: null,
      platforms: [],
      error: expect.stringContaining('exit code: 3')
    })
  })

  it('says which runner is missing', async () => {
    const c = await asJob({}, deps =>
      runCompareMode(compareParams('repro', ['ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-24.04-arm']), deps)
    )
    expect(c.code).toBe(2)
    expect(c.errors).toHaveLength(1)
    expect(c.errors[0]).toMatch(
      /^missing records for ubuntu-24\.04-arm \(found ubuntu-22\.04, ubuntu-24\.04\)/
    )
    expect(c.stdout).not.toMatch(/\n\s+at /)
  })

  it('is an error when the run has no records at all', async () => {
    const c = await asJob({}, deps => runCompareMode(compareParams('nothing-here'), deps))
    expect(c.code).toBe(2)
    expect(c.errors).toEqual([expect.stringMatching(/^no build-lab records in this workflow run/)])
    expect(c.stdout).not.toMatch(/\n\s+at /)
  })

  it('rejects records from another workflow run', async () => {
    const a = await asJob({}, deps =>
      runRecordMode(recordParams('reproducible', 'foreign', 'ubuntu-24.04'), deps)
    )
    const b = await asJob({ GITHUB_RUN_ID: '999' }, deps =>
      runRecordMode(recordParams('reproducible', 'foreign', 'ubuntu-22.04'), deps)
    )
    expect([a.code, b.code]).toEqual([0, 0])
    const c = await asJob({}, deps => runCompareMode(compareParams('foreign'), deps))
    expect(c.code).toBe(2)
    expect(c.errors).toEqual([
      expect.stringMatching(/^records from another workflow run: ubuntu-22\.04 \(run 999\); this run is 4242/)
    ])
  })

  it('rejects records of different contexts or targets', async () => {
    const a = await asJob({}, deps =>
      runRecordMode(recordParams('reproducible', 'mixed', 'ubuntu-24.04'), deps)
    )
    const b = await asJob({}, deps =>
      runRecordMode(recordParams('nondeterministic', 'mixed', 'ubuntu-22.04'), deps)
    )
    expect([a.code, b.code]).toEqual([0, 0])
    const c = await asJob({}, deps => runCompareMode(compareParams('mixed'), deps))
    expect(c.code).toBe(2)
    expect(c.errors).toHaveLength(1)
    expect(c.errors[0]).toMatch(/^the records describe different builds \(context, file differ\)/)
    expect(c.errors[0]).toContain('example-dockerfiles/nondeterministic')
    expect(c.stdout).not.toMatch(/\n\s+at /)
  })

  it('fails compare at once when the artifact service refuses', async () => {
    server.setFault({ twirpStatus: 401 })
    const c = await asJob({}, deps => runCompareMode(compareParams('repro'), deps))
    expect(c.code).toBe(2)
    expect(c.errors).toEqual([
      expect.stringMatching(
        /^could not list this workflow run's artifacts, so there is nothing to compare: .*401/
      )
    ])
  })
})
