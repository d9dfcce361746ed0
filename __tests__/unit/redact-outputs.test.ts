// Every output path of the gate, fed with recorded data that carries secrets: none of them shows a secret value.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Engine } from '../../src/buildkit/engine.js'
import { displayArgs } from '../../src/buildkit/args.js'
import { CACHE_OFF } from '../../src/cache/gate-cache.js'
import { isSecretArg } from '../../src/core/build/args.js'
import { renderDiffMarkdown, renderDiffText } from '../../src/core/diff/index.js'
import type { EngineFacts } from '../../src/core/buildkit/engine-check.js'
import { BuildLabError } from '../../src/core/errors.js'
import type { GateResult } from '../../src/core/gate.js'
import { neutraliseCommands } from '../../src/core/log-safety.js'
import { createRedactor } from '../../src/core/redact.js'
import { renderGateComment } from '../../src/core/report/comment-markdown.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import { renderGateMarkdown } from '../../src/core/report/gate-markdown.js'
import { renderGateText } from '../../src/core/report/gate-text.js'
import { stepLine } from '../../src/core/report/step-line.js'
import { type GateDeps, type GateOptions, runGate } from '../../src/gate/run-gate.js'

// As in the recorded fixtures (see their READMEs).
const NPM_TOKEN = 'npm_AbC123xyz'
const NPM_AUTH = 'plain-auth-Value-77'
const MOUNTED = 'sEcReT-mount-Value-42'
const DOCKERFILE_DEFAULT = 'dockerfile-default-tok'
const SECRETS = [NPM_TOKEN, NPM_AUTH, MOUNTED, DOCKERFILE_DEFAULT]
const SECRET_ENV = 'BUILD_LAB_TEST_NPM_SECRET'

const fixture = (dir: string, name: string) =>
  readFileSync(new URL(`./fixtures/${dir}/${name}`, import.meta.url))
const metadata = fixture('metadata', 'single-platform.json').toString('utf8')
const key = { workflow: 'CI', job: 'gate', context: '.', target: null }
const diffOptions = { dockerfile: 'Dockerfile' }

/** Each way a gate result leaves the process, as the CLI and the action make it. */
const OUTPUTS: [string, (r: GateResult) => string][] = [
  ['gate --format json', r => JSON.stringify(r, null, 2)],
  ['gate --format text', r => renderGateText(r, r.diff ? renderDiffText(r.diff, diffOptions) : null)],
  [
    'gate --format markdown',
    r => renderGateMarkdown(r, r.diff ? renderDiffMarkdown(r.diff, diffOptions) : null)
  ],
  [
    'job summary and report.md',
    r =>
      renderGateMarkdown(r, {
        diagnosisMarkdown: r.diff ? renderDiffMarkdown(r.diff, diffOptions) : null,
        cache: CACHE_OFF,
        reportPath: '/tmp/report.json'
      })
  ],
  ['report.json', r => JSON.stringify({ ...r, cache: CACHE_OFF, findings: [] }, null, 2)],
  [
    'PR comment body',
    r => renderGateComment(r, key, {}, { runUrl: 'https://github.test/o/r/actions/runs/1' })
  ],
  ['HTML report (report --input)', r => renderGateHtml(r, {})],
  [
    'step lines on stderr and in the runner log',
    r =>
      r.runs
        .flatMap(run => run.steps.flatMap(s => [stepLine(s, 'started'), stepLine(s, 'completed')]))
        .join('\n')
  ]
]

function fakeEngine(streams: { name: string; exitCode: number }[]): Engine {
  return {
    facts: async (): Promise<EngineFacts> => ({
      dockerVersion: '28.5.2+dfsg4',
      buildxVersion: '0.29.1+ds1',
      buildkitReported: 'v0.0.0+unknown',
      driver: 'docker',
      containerdStore: true,
      host: 'unix:///fake.sock'
    }),
    run: async (args, onStderr) => {
      const next = streams.shift()
      if (!next) throw new Error('unexpected build')
      const bytes = fixture('progress', `${next.name}.rawjson`)
      for (let i = 0; i < bytes.length; i += 7) onStderr(bytes.subarray(i, i + 7))
      if (next.exitCode === 0) await fs.writeFile(args[args.indexOf('--metadata-file') + 1]!, metadata)
      return next.exitCode
    }
  }
}

function gateDeps(engine: Engine, log: string[]): GateDeps {
  let now = 1_800_000_000_250
  return {
    engine,
    nowMs: () => (now += 100),
    sleep: async ms => void (now += ms),
    log: {
      info: line => log.push(line),
      group: (title, fn) => {
        log.push(title)
        return fn()
      },
      step: (run, step, phase) => log.push(`run ${run} ${stepLine(step, phase) ?? ''} ${step.log}`)
    }
  }
}

async function gateOptions(): Promise<GateOptions> {
  const context = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-unit-'))
  await fs.writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\n')
  return {
    context,
    file: null,
    target: null,
    buildArgs: [
      { name: 'NPM_TOKEN', value: NPM_TOKEN },
      { name: 'NPM_AUTH', value: NPM_AUTH }
    ],
    secretBuildArgs: ['NPM_AUTH'],
    secrets: [{ id: 'npm', from: 'env', source: SECRET_ENV }],
    platforms: [],
    epoch: '1700000000',
    varyMtime: false,
    network: 'none',
    provenance: false,
    cacheFrom: [],
    cacheTo: [],
    workDir: await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-work-'))
  }
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

beforeAll(() => {
  process.env[SECRET_ENV] = MOUNTED
})
afterAll(() => {
  delete process.env.BUILD_LAB_TEST_NPM_SECRET
})

const results: [string, () => Promise<{ result: GateResult; log: string[] }>][] = [
  [
    'the image history (RUN |2 NPM_AUTH=... NPM_TOKEN=...), step names and a step log',
    async () => {
      const raw = JSON.parse(fixture('report', 'secret-args.gate.json').toString('utf8')) as GateResult
      // Run 2 failing on the step that echoed the value, as a failing build reports it.
      const step = raw.runs[1]!.steps[1]!
      raw.runs[1] = { ...raw.runs[1]!, error: `${step.name}: exit code: 3`, errorLog: step.log }
      const redactor = createRedactor({ values: [NPM_TOKEN, NPM_AUTH], names: ['NPM_AUTH'] })
      return { result: redactor.data(raw), log: [] }
    }
  ],
  [
    'run 2 failing with the build-arg and the mounted secret in its log (runGate on a recorded stream)',
    async () => {
      const log: string[] = []
      const engine = fakeEngine([
        { name: 'warm', exitCode: 0 },
        { name: 'failing-secret', exitCode: 1 }
      ])
      return { result: await runGate(await gateOptions(), gateDeps(engine, log)), log }
    }
  ]
]

describe.each(results)('with secrets in %s', (_name, make) => {
  let made: { result: GateResult; log: string[] }
  beforeAll(async () => {
    made = await make()
    // The carriers are really there: the redacted data says where a secret was.
    expect(JSON.stringify(made.result)).toContain('***')
  })

  it.each(OUTPUTS)('%s shows no secret value', (_output, render) => {
    const text = render(made.result)
    expect(text.length).toBeGreaterThan(0)
    expectNoSecret(text)
  })

  it('logs no secret value while it builds', () => {
    expectNoSecret(made.log.join('\n'))
  })
})

describe('the gate when run 1 fails with secrets in its log (recorded stream)', () => {
  it('throws an error whose message and detail show no secret, and logs none', async () => {
    const log: string[] = []
    const err = await runGate(
      await gateOptions(),
      gateDeps(fakeEngine([{ name: 'failing-secret', exitCode: 1 }]), log)
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BuildLabError)
    const e = err as BuildLabError
    expect(e.message).toMatch(
      /^run 1 failed, so there is nothing to compare: \[stage-0 2\/2\] RUN .*token is \*\*\*/
    )
    expect(e.detail).toContain('secret is ***')
    expectNoSecret(`${e.message}\n${e.detail ?? ''}\n${log.join('\n')}`)
    // The log would also have begun a workflow command; what the CLI and the action print cannot.
    expect(e.detail).toMatch(/^::stop-commands::pwned$/m)
    expect(neutraliseCommands(e.detail ?? '')).not.toMatch(/^\s*::/m)
  })

  it('shows the docker command with secret build-arg values as ***, and the secret by its source only', async () => {
    const log: string[] = []
    await runGate(
      await gateOptions(),
      gateDeps(fakeEngine([{ name: 'failing-secret', exitCode: 1 }]), log)
    ).catch(() => undefined)
    const command = log.find(l => l.startsWith('docker buildx build'))
    expect(command).toContain('--build-arg NPM_TOKEN=*** --build-arg NPM_AUTH=***')
    expect(command).toContain(`--secret id=npm,env=${SECRET_ENV}`)
    expect(displayArgs(['--build-arg', 'NPM_AUTH=ab'], n => isSecretArg(n, ['NPM_AUTH']))).toEqual([
      '--build-arg',
      'NPM_AUTH=***'
    ])
  })
})

describe('neutraliseCommands', () => {
  it.each([
    ['::stop-commands::pwned', '%3A:stop-commands::pwned'],
    ['ok\n  ::error::forged\r::set-output name=x::y', 'ok\n  %3A:error::forged\r%3A:set-output name=x::y'],
    ['a line with :: inside', 'a line with :: inside'],
    ['no colons', 'no colons']
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCommands(input)).toBe(expected)
  })
})
