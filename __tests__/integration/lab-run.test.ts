// The lab on the real engine: the golden path, mutations on a copy, the degraded cache path, a base image that moves.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine, type Engine } from '../../src/buildkit/engine.js'
import type { CliIo } from '../../src/cli/io.js'
import { runCommand } from '../../src/cli/lab-commands.js'
import { summarizeLab } from '../../src/core/lab/stats.js'
import { readRecords } from '../../src/lab/results.js'
import { bundle, BUSYBOX, execArgs, makeContext, NODE_IMAGE, requireEngine } from '../support/engine.js'
import { defaultResultsFile } from '../../src/lab/state-dir.js'

const DOCKERFILE = `ARG BASE=${BUSYBOX}
FROM \${BASE}
WORKDIR /app
COPY .nonce package-lock.json ./
RUN wc -c package-lock.json > /lock.len
COPY app.sh ./
RUN cat app.sh > /app.copy
`

function quietIo(): CliIo & { err: string; out: string } {
  const io = {
    err: '',
    out: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t)
  }
  return io
}

async function lab(ctx: string, argv: string[], engine: Engine = createDockerEngine()) {
  const results = path.join(ctx, '.build-lab', 'results.jsonl')
  const io = quietIo()
  const code = await runCommand(
    [
      ctx,
      '--build-arg',
      `BASE=${BUSYBOX}`,
      '--network',
      'none',
      '--results',
      results,
      '--format',
      'markdown',
      ...argv
    ],
    io,
    { engine, nowMs: () => Date.now() }
  )
  return { code, io, records: await readRecords(results) }
}

beforeAll(() => {
  requireEngine()
})

/** The bundled CLI typed inside `cwd`, with its own state directory. */
function inside(cwd: string, state: string, args: string[]) {
  return execArgs(process.execPath, [bundle('cli'), ...args], { ...process.env, XDG_STATE_HOME: state }, cwd)
}

describe('build-lab typed inside the context', () => {
  it('measures a reproducible COPY . . context as reproducible and 100% warm, and leaves no state in it', async () => {
    const ctx = await makeContext(
      {
        Dockerfile: `ARG BASE\nFROM \${BASE}\nWORKDIR /app\nCOPY . .\n# neither the old state nor .git may reach the build\nRUN test ! -e .build-lab && test ! -e .git && find . | sort > /listing\n`,
        'src/main.sh': 'echo hi\n',
        // an older build-lab's state: results and a cache inside the context
        '.build-lab/cache/local/current/index.json': '{}',
        '.build-lab/cache/local/current/blobs/sha256/00ff': 'blob',
        '.git/HEAD': 'ref: refs/heads/main\n'
      },
      { nonce: true }
    )
    const state = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-state-'))
    const run = ['run', '--all', '--build-arg', `BASE=${BUSYBOX}`, '--network', 'none']
    const first = await inside(ctx, state, [...run, '--format', 'json'])
    expect(first.stderr).toContain('left out of every build: .build-lab, .git')
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout) as {
      digest_stability: string
      cache_hit_ratio: number
      scenarios: {
        scenario: string
        cache_hit_ratio: { median: number } | null
        mutatedFile: string | null
      }[]
    }
    expect(report.digest_stability).toBe('PASS')
    expect(report.cache_hit_ratio).toBe(1)
    const hits = Object.fromEntries(
      report.scenarios.map(s => [s.scenario, s.cache_hit_ratio?.median ?? null])
    )
    expect(hits).toEqual({
      cold: 0,
      'cold-fresh-checkout': 0,
      warm: 1,
      'warm-source-edit': 0,
      'warm-lockfile-edit': null
    })
    expect(report.scenarios.find(s => s.scenario === 'warm-source-edit')?.mutatedFile).toBe('src/main.sh')
    expect(first.stderr).toContain('warm-source-edit: appended a comment to src/main.sh')
    expect(first.stderr).toMatch(/warm-lockfile-edit: no lockfile that the Dockerfile copies.*skipped/)

    const second = await inside(ctx, state, [...run, '--format', 'none'])
    expect(second.code).toBe(0)
    const compare = await inside(ctx, state, ['compare', '--last', '2'])
    expect(compare.code).toBe(0)
    expect(compare.stdout).toMatch(/^warm +\S+ +\S+ .* 100% → 100% .* PASS$/m)
    expect(compare.stdout).toMatch(/^digest_stability: PASS: 4 isolated builds/m)
    const md = await inside(ctx, state, ['report'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('| digest_stability | **PASS** |')
    const html = await inside(ctx, state, ['report', '--format', 'html'])
    expect(html.code).toBe(0)
    expect(html.stdout).toContain('<span id="digest-verdict">PASS</span>')
    expect(html.stdout).not.toMatch(/https?:\/\//)

    // the results live outside the context; the context holds only what it held
    expect(await readRecords(defaultResultsFile(ctx, { XDG_STATE_HOME: state }))).toHaveLength(10)
    expect((await fs.readdir(ctx)).sort()).toEqual(['.build-lab', '.git', '.nonce', 'Dockerfile', 'src'])
    expect((await fs.readdir(path.join(ctx, '.build-lab'))).sort()).toEqual(['cache'])
  })

  it('fails digest stability on a context that embeds the clock, as the gate does', async () => {
    const ctx = await makeContext(
      { Dockerfile: `ARG BASE\nFROM \${BASE}\nCOPY . /src\nRUN date +%s%N > /built-at\n` },
      { nonce: true }
    )
    const state = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-state-'))
    const lab = await inside(ctx, state, [
      'run',
      '--scenario',
      'cold,cold-fresh-checkout,warm',
      '--build-arg',
      `BASE=${BUSYBOX}`,
      '--network',
      'none',
      '--format',
      'markdown'
    ])
    expect(lab.code).toBe(1)
    expect(lab.stdout).toContain('| digest_stability | **FAIL** |')
    const gate = await inside(ctx, state, ['gate', '--build-arg', `BASE=${BUSYBOX}`, '--network', 'none'])
    expect(gate.code).toBe(1)
  })
})

describe('build-lab run on the real engine', () => {
  it('runs cold, warm, a source edit and a lockfile edit on a copy of the context', async () => {
    const ctx = await makeContext(
      {
        Dockerfile: DOCKERFILE,
        'app.sh': 'echo hi\n',
        'package-lock.json': '{"lockfileVersion": 3}\n',
        '.dockerignore': '.build-lab\n'
      },
      { nonce: true }
    )
    const { code, io, records } = await lab(ctx, ['--all'])
    expect(io.err).not.toContain('error')
    expect(code).toBe(0)
    const by = Object.fromEntries(records.map(r => [r.scenario, r]))
    expect(records.map(r => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    expect(by['cold'].digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(by['cold'].cache_hit_ratio).toBe(0)
    expect(by['cold-fresh-checkout'].digest).toBe(by['cold'].digest)
    expect(by['cold-fresh-checkout'].cache_hit_ratio).toBe(0)
    expect(by['warm'].digest).toBe(by['cold'].digest)
    expect(by['warm'].cache_hit_ratio).toBe(1)
    // the source edit re-runs the last COPY and RUN only; the lockfile edit re-runs everything after its COPY
    expect(by['warm-source-edit'].mutatedFile).toBe('app.sh')
    expect(
      by['warm-source-edit'].steps
        .filter(s => !s.cached && !s.instruction?.startsWith('FROM'))
        .map(s => s.instruction)
    ).toEqual(['COPY app.sh ./', 'RUN cat app.sh > /app.copy'])
    expect(by['warm-lockfile-edit'].mutatedFile).toBe('package-lock.json')
    expect([by['warm-lockfile-edit'].cachedSteps, by['warm-lockfile-edit'].totalSteps]).toEqual([0, 4])
    expect(by['warm-source-edit'].digest).not.toBe(by['cold'].digest)
    expect(by['cold'].baseImages).toEqual([
      { ref: BUSYBOX, before: expect.stringMatching(/^sha256:/), after: by['cold'].baseImages[0].before }
    ])
    // the user's files are as they were
    expect(await fs.readFile(path.join(ctx, 'app.sh'), 'utf8')).toBe('echo hi\n')
    expect(await fs.readFile(path.join(ctx, 'package-lock.json'), 'utf8')).toBe('{"lockfileVersion": 3}\n')
    expect(io.out).toContain('| digest_stability | **PASS** |')
    const summary = summarizeLab(records)
    expect(summary.cache_hit_ratio).toBe(1)
  })

  it('goes on degraded when the cache is unavailable (--inject cache-unavailable)', async () => {
    const ctx = await makeContext(
      { Dockerfile: DOCKERFILE, 'app.sh': 'echo hi\n', 'package-lock.json': '{}\n' },
      { nonce: true }
    )
    const { code, records, io } = await lab(ctx, [
      '--scenario',
      'warm,warm-source-edit',
      '--inject',
      'cache-unavailable'
    ])
    expect(code).toBe(0)
    expect(records.map(r => [r.scenario, r.status])).toEqual([
      ['warm', 'degraded'],
      ['warm-source-edit', 'degraded']
    ])
    expect(records[0].digest).toMatch(/^sha256:/)
    expect(records[0].notes.join('\n')).toMatch(
      /cache unavailable, built without it: the local cache failed \(.*not a directory\)/
    )
    expect(io.out).toContain('ran without the cache (degraded)')
  })

  it('goes on degraded when the registry is down', async () => {
    const ctx = await makeContext(
      { Dockerfile: DOCKERFILE, 'app.sh': 'echo hi\n', 'package-lock.json': '{}\n' },
      { nonce: true }
    )
    const config = path.join(ctx, 'lab.yml')
    await fs.writeFile(
      config,
      'scenarios:\n  - name: warm-registry\n    input_mutation: none\n    cache_mode: registry\n'
    )
    const { records } = await lab(ctx, [
      '--scenario',
      'warm-registry',
      '--config',
      config,
      '--inject',
      'cache-unavailable'
    ])
    expect(records.map(r => r.status)).toEqual(['degraded'])
    expect(records[0].notes.join('\n')).toMatch(/the registry cache failed \(.*connection refused/)
  })

  it('catches a base image that changes during a scenario and marks the comparison invalid', async () => {
    const tag = `build-lab/lab-test-${randomBytes(4).toString('hex')}:base`
    expect((await execArgs('docker', ['tag', BUSYBOX, tag])).code).toBe(0)
    try {
      const ctx = await makeContext(
        { Dockerfile: `ARG BASE\nFROM \${BASE}\nRUN echo hi > /x\n` },
        { nonce: true }
      )
      const real = createDockerEngine()
      let builds = 0
      const engine: Engine = {
        facts: () => real.facts(),
        async run(args, onStderr, onStdout) {
          const code = await real.run(args, onStderr, onStdout)
          // someone pushes a new base image while the first scenario builds
          if (args[1] === 'build' && ++builds === 1) await execArgs('docker', ['tag', NODE_IMAGE, tag])
          return code
        }
      }
      const results = path.join(ctx, 'results.jsonl')
      const io = quietIo()
      const code = await runCommand(
        [
          ctx,
          '--build-arg',
          `BASE=${tag}`,
          '--network',
          'none',
          '--scenario',
          'cold,warm',
          '--results',
          results
        ],
        io,
        { engine, nowMs: () => Date.now() }
      )
      const records = await readRecords(results)
      expect(records[0].baseImages[0].before).not.toBe(records[0].baseImages[0].after)
      expect(records[0].notes.join()).toContain(`base image ${tag} changed during the scenario`)
      expect(records[1].baseImages[0].before).toBe(records[1].baseImages[0].after)
      expect(summarizeLab(records).valid).toBe(false)
      expect(io.out).toContain('**INVALID:**')
      expect(code).toBe(1)
    } finally {
      await execArgs('docker', ['rmi', tag])
    }
  })
})
