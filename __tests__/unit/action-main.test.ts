// The action's run() with @actions/core and @actions/github mocked, a fake engine replaying recorded builds,
// and fakes at the other edges: each mode's wiring, input errors, the outputs, and no secret in any of them.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { promises as fs, readdirSync, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import * as core from '../../__fixtures__/core.js'
import * as github from '../../__fixtures__/github.js'
import type { ActionDeps } from '../../src/action/deps.js'
import type { Engine } from '../../src/buildkit/engine.js'
import type { CacheStore } from '../../src/cache/store.js'
import type { GitHubClient, IssueComment } from '../../src/github/client.js'
import { directoryStore } from '../support/directory-store.js'
import { argAfter, fakeEngine, FIT, type Scripted } from '../support/fake-engine.js'

// @actions/cache and @actions/artifact import named exports of @actions/core: keep those, replace what the step uses.
const actualCore = await import('@actions/core')
jest.unstable_mockModule('@actions/core', () => ({ ...actualCore, ...core }))
jest.unstable_mockModule('@actions/github', () => github)

const { run } = await import('../../src/action/main.js')
const { actionLogger } = await import('../../src/action/log.js')
const { Inputs, Outputs } = await import('../../src/action/constants.js')

const LAYOUTS = new URL('./fixtures/cross-engine/', import.meta.url).pathname
const OTHER = 'sha256:' + '1'.repeat(64)
const SECRETS = ['tok-123456', 'hunter2-value']
let tmp = ''

/** A PR comment client that keeps what it was asked to post. */
function commentClient(): GitHubClient & { bodies: string[] } {
  const bodies: string[] = []
  const comment = (id: number, body: string): IssueComment => ({
    id,
    body,
    url: `https://github.com/octo/app/pull/7#issuecomment-${id}`,
    author: 'github-actions[bot]'
  })
  return {
    bodies,
    async *listComments() {
      yield []
    },
    createComment: async (_repo, _issue, body) => {
      bodies.push(body)
      return comment(1, body)
    },
    updateComment: async (_repo, id, body) => {
      bodies.push(body)
      return comment(id, body)
    },
    viewer: async () => null
  }
}

/** Also writes a recorded OCI layout where the build's --output points, as a record build needs one. */
function layoutEngine(builds: Scripted[], layout: string): Engine & { calls: string[][] } {
  const engine = fakeEngine(FIT, builds)
  const play = engine.run
  engine.run = async (args, onStderr) => {
    const dest = /dest=([^,]+)/.exec(argAfter(args, '--output'))?.[1]
    if (dest !== undefined) await fs.cp(path.join(LAYOUTS, layout), dest, { recursive: true })
    return play(args, onStderr)
  }
  return engine
}

function deps(engine: Engine, extra: Partial<ActionDeps> = {}): ActionDeps {
  return {
    engine,
    log: actionLogger(),
    nowMs: () => Date.now(),
    sleep: async () => undefined,
    env: {
      RUNNER_TEMP: tmp,
      GITHUB_WORKSPACE: tmp,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
      GITHUB_RUN_ID: '4242'
    },
    ...extra
  }
}

async function makeContext(): Promise<string> {
  const context = await fs.mkdtemp(path.join(tmp, 'context-'))
  await fs.writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n')
  await fs.writeFile(path.join(context, 'app.txt'), 'hello\n')
  // BuildKit's own checks would run docker: this test has no engine.
  await fs.writeFile(path.join(context, '.build-lab.yml'), 'lint:\n  buildkit: false\n')
  return context
}

async function gateInputs(over: Record<string, string> = {}, context?: string): Promise<void> {
  const inputs: Record<string, string> = {
    [Inputs.Context]: context ?? (await makeContext()),
    [Inputs.BuildArgs]: `API_TOKEN=${SECRETS[0]}`,
    [Inputs.Secrets]: `npm=${SECRETS[1]}`,
    [Inputs.Epoch]: '1700000000',
    [Inputs.Cache]: 'false',
    [Inputs.Network]: 'none',
    [Inputs.GithubToken]: 'ghs_faketoken',
    ...over
  }
  for (const [k, v] of Object.entries(inputs)) core.inputs.set(k, v)
}

function expectNoSecretShown(): void {
  const shown = core.everythingShown()
  for (const secret of SECRETS) expect(shown).not.toContain(secret)
}

beforeEach(async () => {
  core.resetCore()
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-action-unit-'))
})

afterEach(async () => {
  // core.setFailed would set it on a runner; the mock does not, and nothing here may leave it set.
  process.exitCode = undefined
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('run() in gate mode', () => {
  it('sets every gate output, writes the reports and the summary, posts the comment, and passes', async () => {
    await gateInputs()
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0 }
    ])
    const client = commentClient()
    const code = await run(deps(engine, { github: client }))

    expect(code).toBe(0)
    expect(core.setFailed).not.toHaveBeenCalled()
    const outputs = core.outputsSet()
    expect(Object.keys(outputs).sort()).toEqual(
      [
        Outputs.Reproducible,
        Outputs.Digest,
        Outputs.DigestRun1,
        Outputs.DigestRun2,
        Outputs.Digests,
        Outputs.DistinctDigests,
        Outputs.DurationRun1,
        Outputs.DurationRun2,
        Outputs.CacheHitRatio,
        Outputs.CacheHit,
        Outputs.CacheRestoreMs,
        Outputs.CacheSaveMs,
        Outputs.CacheSizeBytes,
        Outputs.CacheMatchedLevel,
        Outputs.CacheMatchedScope,
        Outputs.ReportPath,
        Outputs.AllowedDifferences
      ].sort()
    )
    expect(outputs).toMatchObject({
      reproducible: 'true',
      digest: 'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b',
      'cache-hit': 'miss',
      'cache-hit-ratio': '1.0000',
      digests: JSON.stringify([
        'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b',
        'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b'
      ]),
      'distinct-digests': '1',
      'cache-restore-ms': '',
      'cache-matched-level': '',
      'cache-matched-scope': '',
      'allowed-differences': '0'
    })
    expect(outputs['digest-run2']).toBe(outputs.digest)
    const report = JSON.parse(await fs.readFile(outputs['report-path'], 'utf8')) as { reproducible: boolean }
    expect(report.reproducible).toBe(true)
    expect(await fs.readFile(path.join(path.dirname(outputs['report-path']), 'report.md'), 'utf8')).toContain(
      'build-lab'
    )
    // Each phase is one core.group; none is left open, and none is opened by hand.
    expect(core.groups).toEqual([
      'Checking the engine',
      'Restoring the BuildKit cache',
      'Run 1: warm build',
      'Run 2: isolated build (--no-cache, fresh checkout)',
      'Saving the BuildKit cache'
    ])
    expect(core.startGroup).not.toHaveBeenCalled()
    expect(core.summaryText.join('')).toMatch(/^## ✅ build-lab: reproducible/)
    expect(client.bodies).toHaveLength(1)
    // Both secrets were masked before the build, and neither reached a log line, an output, the summary or the comment.
    for (const secret of SECRETS) expect(core.setSecret).toHaveBeenCalledWith(secret)
    expectNoSecretShown()
    for (const secret of SECRETS) expect(client.bodies[0]).not.toContain(secret)
    expect(engine.calls[0].join(' ')).toContain('--secret id=npm,src=')
  })

  it('fails the step in one line when the digests differ', async () => {
    await gateInputs()
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0, digest: OTHER }
    ])
    const code = await run(deps(engine, { github: commentClient() }))
    expect(code).toBe(1)
    expect(core.outputsSet()).toMatchObject({ reproducible: 'false', 'digest-run2': OTHER })
    expect(core.setFailed.mock.calls).toEqual([
      [
        expect.stringMatching(
          /^the image is not reproducible: digests differ: run 1 9f9252b9e27e, run 2 111111111111/
        )
      ]
    ])
    expectNoSecretShown()
  })

  it('only warns with fail-on-mismatch: false', async () => {
    await gateInputs({ [Inputs.FailOnMismatch]: 'false' })
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0, digest: OTHER }
    ])
    expect(await run(deps(engine, { github: commentClient() }))).toBe(0)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^the image is not reproducible \(fail-on-mismatch is false\): digests differ/)
    )
  })

  it('turns a run-1 failure into one failed line, with no outputs and no secret in the log tail', async () => {
    await gateInputs()
    const engine = fakeEngine(FIT, [{ stream: 'failing', exitCode: 1 }])
    expect(await run(deps(engine))).toBe(1)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(String(core.setFailed.mock.calls[0][0])).not.toContain('\n')
    expect(core.outputsSet()).toEqual({})
    expectNoSecretShown()
  })
})

describe('run() in gate mode with the cache on', () => {
  it('restores through the injected cache store before run 1, and says what it saved', async () => {
    await gateInputs({ [Inputs.Cache]: 'true', [Inputs.CacheKey]: 'unit' })
    const restores: string[] = []
    const store: CacheStore = {
      isAvailable: () => true,
      restore: async (_paths, key) => {
        restores.push(key)
        return { matchedKey: null, failure: null }
      },
      save: async () => ({ outcome: 'saved' }),
      settled: async () => undefined
    }
    const engine = fakeEngine(FIT, [
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0 }
    ])
    expect(await run(deps(engine, { cacheStore: store }))).toBe(0)
    expect(restores).toHaveLength(1)
    expect(restores[0]).toMatch(/^unit-build-lab-v1-/)
    expect(engine.calls[0].join(' ')).toContain('--cache-to type=local')
    expect(engine.calls[1].join(' ')).not.toContain('--cache-')
    expect(core.outputsSet()).toMatchObject({ [Outputs.CacheHit]: 'miss' })
    expect(core.outputsSet()[Outputs.CacheRestoreMs]).toMatch(/^\d+$/)
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/^cache: miss/))
  })
})

describe('run() with bad inputs', () => {
  it.each([
    [{ [Inputs.Epoch]: 'soon' }, /epoch/],
    [{ [Inputs.CacheBackend]: 'registry' }, /^cache-backend: registry needs cache-ref/],
    [
      { [Inputs.Mode]: 'publish' },
      /^input mode must be one of gate, record, compare, drift \(got "publish"\)$/
    ],
    [{ [Inputs.VaryMtime]: 'maybe' }, /^input vary-mtime must be true or false \(got "maybe"\)$/],
    [{ [Inputs.CacheRestoreTimeout]: '0' }, /^input cache-restore-timeout must be a whole number of seconds/],
    [{ [Inputs.BuildArgs]: 'NO_EQUALS_SIGN' }, /build-args/]
  ])('%j fails the step in one line and builds nothing', async (bad, message) => {
    await gateInputs(bad)
    const engine = fakeEngine(FIT, [])
    expect(await run(deps(engine))).toBe(1)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const line = String(core.setFailed.mock.calls[0][0])
    expect(line).toMatch(message)
    expect(line).not.toContain('\n')
    expect(engine.calls).toEqual([])
    expect(core.outputsSet()).toEqual({})
    expectNoSecretShown()
  })
})

describe('run() in record and compare modes, with the injected engine and artifact store', () => {
  let context = ''
  beforeEach(async () => {
    context = await makeContext()
  })

  async function record(label: string, layout: string, store: ReturnType<typeof directoryStore>) {
    core.resetCore()
    await gateInputs(
      {
        [Inputs.Mode]: 'record',
        [Inputs.RunnerLabel]: label,
        [Inputs.UploadImageMaxMb]: '0',
        [Inputs.RecordPrefix]: 'unit'
      },
      context
    )
    const engine = layoutEngine([{ stream: 'cold', exitCode: 0 }], layout)
    const code = await run(deps(engine, { artifactStore: store }))
    return { code, engine, outputs: core.outputsSet() }
  }

  async function compare(store: ReturnType<typeof directoryStore>) {
    core.resetCore()
    core.inputs.set(Inputs.Mode, 'compare')
    core.inputs.set(Inputs.RecordPrefix, 'unit')
    return run(deps(fakeEngine(FIT, []), { artifactStore: store }))
  }

  it('records on two runners, and compare passes when their manifests agree', async () => {
    const store = directoryStore(await fs.mkdtemp(path.join(tmp, 'artifacts-')))
    const a = await record('ubuntu-24.04', 'dockerd-28.5', store)
    expect(a.code).toBe(0)
    expect(a.engine.calls).toHaveLength(1)
    expect(a.engine.calls[0]).toContain('--no-cache')
    expect(a.outputs).toEqual({
      [Outputs.Digest]: 'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b',
      [Outputs.RecordArtifact]: 'unit-ubuntu-24.04',
      [Outputs.ReportPath]: expect.stringMatching(/record\.json$/)
    })
    expect(core.summaryText.join('')).toContain('record for ubuntu-24.04')
    expectNoSecretShown()
    expect((await record('ubuntu-22.04', 'dockerd-28.5', store)).code).toBe(0)
    expect((await store.list()).map(s => s.name)).toEqual(['unit-ubuntu-24.04', 'unit-ubuntu-22.04'])

    const code = await compare(store)
    expect(core.setFailed.mock.calls).toEqual([])
    expect(code).toBe(0)
    expect(core.outputsSet()).toMatchObject({ [Outputs.Reproducible]: 'true' })
    expect(core.groups).toEqual(['Downloading the records of this workflow run'])
  })

  it('compare fails with exit 1 when a runner built another manifest', async () => {
    const store = directoryStore(await fs.mkdtemp(path.join(tmp, 'artifacts-')))
    await record('ubuntu-24.04', 'dockerd-28.5', store)
    await record('ubuntu-22.04', 'dockerd-26.1', store)
    expect(await compare(store)).toBe(1)
    expect(core.outputsSet()).toMatchObject({ [Outputs.Reproducible]: 'false' })
    expect(core.setFailed.mock.calls).toEqual([
      [expect.stringMatching(/^the image is not reproducible across runners: /)]
    ])
  })

  it('compare fails in one line with exit 2 when there is nothing to compare', async () => {
    const store = directoryStore(await fs.mkdtemp(path.join(tmp, 'artifacts-')))
    expect(await compare(store)).toBe(2)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(String(core.setFailed.mock.calls[0][0])).not.toContain('\n')
    expect(core.outputsSet()).toEqual({})
  })
})

describe('the names in constants.ts', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }

  it('are every input and output action.yml declares, and nothing else', () => {
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(action.inputs).sort())
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('are the only way the action reads an input or sets an output', () => {
    const dir = new URL('../../src/action/', import.meta.url).pathname
    const bare = readdirSync(dir).flatMap(f =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `src/action/${f}:${i + 1}`, line }))
        .filter(({ line }) =>
          /core\.(getInput|getBooleanInput|setOutput|getState|saveState)\(\s*['"`]/.test(line)
        )
        .map(({ where, line }) => `${where}: ${line.trim()}`)
    )
    expect(bare).toEqual([])
  })
})
