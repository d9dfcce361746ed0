// --builder on the real engine: builds land on a second dockerd reached through a docker context.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { runCommand } from '../../src/cli/lab-commands.js'
import type { ArtifactStore } from '../../src/crossrunner/artifact-store.js'
import { recordRun } from '../../src/crossrunner/record-run.js'
import { readRecords } from '../../src/lab/results.js'
import { BUSYBOX, cli, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { type SecondDaemon, startSecondDaemon } from '../support/second-daemon.js'

// A base image that exists on the second daemon only: a build that finds it ran there.
const ONLY_THERE = 'build-lab/only-on-second:local'
const DOCKERFILE = `FROM ${ONLY_THERE}\nRUN echo built > /where\n`

let second: SecondDaemon
let plain: SecondDaemon

beforeAll(async () => {
  requireEngine()
  ;[second, plain] = await Promise.all([
    startSecondDaemon({ flavour: 'current', containerdStore: true, name: 'bl-second' }),
    startSecondDaemon({ flavour: 'current', containerdStore: false, name: 'bl-plain' })
  ])
  const tagged = await second.docker(['tag', BUSYBOX, ONLY_THERE])
  expect(tagged.code).toBe(0)
}, 240_000)

afterAll(async () => {
  await Promise.all([second?.stop(), plain?.stop()])
}, 60_000)

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter(l => l.startsWith('build-lab: error:'))
}

describe('--builder NAME on a docker context', () => {
  it('the gate builds both runs on that daemon', async () => {
    // The default daemon does not have the base image, so only the second one can build this.
    expect((await execArgs('docker', ['image', 'inspect', ONLY_THERE])).code).not.toBe(0)
    const ctx = await makeContext({ Dockerfile: DOCKERFILE }, { nonce: true })
    const r = await cli(['gate', ctx, '--network', 'none', '--builder', second.context, '--format', 'json'])
    expect(r.stderr).toContain(`docker --context ${second.context} buildx build`)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout) as {
      reproducible: boolean
      engine: { docker: string; builder: string; dockerContext: string }
    }
    expect(json.reproducible).toBe(true)
    expect(json.engine).toMatchObject({
      docker: second.version,
      builder: second.context,
      dockerContext: second.context
    })
    expect(r.stderr).toContain(`building on "${second.context}" (docker context`)
  })

  it('record mode builds there', async () => {
    const ctx = await makeContext({ Dockerfile: DOCKERFILE }, { nonce: true })
    const uploaded: string[] = []
    const store: ArtifactStore = {
      upload: async (name, files) => {
        uploaded.push(name, ...files.map(f => path.basename(f)))
        return { id: 1, name, size: 0 }
      },
      list: async () => [],
      download: async () => undefined
    }
    const outcome = await recordRun(
      {
        context: ctx,
        file: null,
        target: null,
        buildArgs: [],
        platforms: [],
        epoch: undefined,
        network: 'none',
        provenance: false,
        builder: second.context,
        runner: { label: 'second', os: 'Linux', arch: 'X64', name: 'second', image: '' },
        workflow: { runId: '1', runAttempt: '1', repository: '', workflow: '', job: '', sha: '' },
        workspace: ctx,
        prefix: 'build-lab-record',
        maxImageBytes: 0
      },
      {
        engine: createDockerEngine(),
        store,
        log: { info: () => undefined, group: (_title, fn) => fn() },
        nowMs: () => Date.now()
      }
    )
    expect(outcome.record.error).toBeNull()
    expect(outcome.record.digest).toMatch(/^sha256:/)
    expect(outcome.record.engine.docker).toBe(second.version)
    expect(uploaded).toContain('record.json')
  })

  it('the lab builds there, and finds the base image on that daemon', async () => {
    const ctx = await makeContext({ Dockerfile: DOCKERFILE }, { nonce: true })
    const results = path.join(ctx, '.build-lab', 'results.jsonl')
    let err = ''
    const code = await runCommand(
      [ctx, '--network', 'none', '--scenario', 'cold', '--builder', second.context, '--results', results],
      { stdout: () => undefined, stderr: t => void (err += t) },
      { engine: createDockerEngine(), nowMs: () => Date.now() }
    )
    expect(err).toContain(`building on "${second.context}"`)
    expect(code).toBe(0)
    const records = await readRecords(results)
    expect(records.map(r => r.status)).toEqual(['ok'])
    expect(records[0]!.engine.docker).toBe(second.version)
  })

  it('a docker context whose daemon lacks the containerd store gets the engine error, naming it', async () => {
    const ctx = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\n` })
    const r = await cli(['gate', ctx, '--builder', plain.context])
    expect(r.code).toBe(2)
    expect(errorLines(r.stderr)).toEqual([
      `build-lab: error: builder "${plain.context}" (${plain.host}) uses the buildx "docker" driver without the containerd image store, which cannot export OCI images or cache: add docker/setup-buildx-action (docker-container driver) before build-lab, or enable the containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)`
    ])
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(/^build-lab: error: /)
  })

  it('a builder that does not exist: one line, exit 2', async () => {
    const ctx = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\n` })
    const r = await cli(['gate', ctx, '--builder', 'no-such-builder'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(errorLines(r.stderr)).toEqual([
      'build-lab: error: builder "no-such-builder" does not exist: pass the name of a buildx builder or docker context (docker buildx ls lists them), or leave the builder empty for the current one'
    ])
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(/^build-lab: error: /)
  })

  it('a name that is no builder name is a usage error before any engine call', async () => {
    const r = await cli(['gate', os.tmpdir(), '--builder=a;b'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'build-lab: error: --builder "a;b" is not a builder name: pass the name of a buildx builder or docker context (docker buildx ls lists them)\n'
    )
  })
})
