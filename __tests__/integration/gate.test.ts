// The gate on the real engine: verdicts, exit codes and messages, through the bundled CLI.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { parseProgress } from '../../src/core/progress.js'
import { execArgs, BUSYBOX, cli, makeContext, requireEngine } from '../support/engine.js'

const BASE = ['--build-arg', `BASE=${BUSYBOX}`, '--network', 'none']
const FROM = 'ARG BASE\nFROM ${BASE}\n'

interface GateJson {
  diff: {
    files: {
      path: string
      changes: string[]
      layer: number
      instruction?: string
      line?: number
      cause: string
    }[]
  } | null
  reproducible: boolean
  digest: string | null
  epoch: number
  reason: string
  runs: {
    digest: string | null
    durationMs: number
    cacheHitRatio: number | null
    steps: { name: string }[]
  }[]
}

async function gateJson(
  context: string,
  extra: string[] = []
): Promise<{ code: number; json: GateJson; stderr: string }> {
  const r = await cli(['gate', context, ...BASE, '--format', 'json', ...extra])
  let json: GateJson
  try {
    json = JSON.parse(r.stdout) as GateJson
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`)
  }
  return { code: r.code, json, stderr: r.stderr }
}

beforeAll(() => {
  requireEngine()
})

function buildx(context: string, extra: string[]) {
  return execArgs('docker', [
    'buildx',
    'build',
    '--network=none',
    '--build-arg',
    `BASE=${BUSYBOX}`,
    ...extra,
    context
  ])
}

/** Measured on this engine: whether a WORKDIR built with one epoch is a cache miss with another. */
async function workdirKeyedByEpoch(): Promise<boolean> {
  const ctx = await makeContext({ Dockerfile: `${FROM}WORKDIR /probe-${randomBytes(8).toString('hex')}\n` })
  const build = (epoch: number) =>
    buildx(ctx, [
      '--progress=rawjson',
      '--build-arg',
      `SOURCE_DATE_EPOCH=${epoch}`,
      '--output',
      'type=cacheonly'
    ])
  expect((await build(1)).code).toBe(0)
  const again = await build(2)
  expect(again.code).toBe(0)
  const workdir = parseProgress(again.stderr).steps.find(s => s.instruction?.startsWith('WORKDIR') === true)
  if (workdir === undefined) throw new Error(`no WORKDIR step in the progress stream:\n${again.stderr}`)
  return !workdir.cached
}

describe('gate verdicts on the real engine', () => {
  it('leaves build-lab state and .git out of both runs of a COPY . . context', async () => {
    const ctx = await makeContext({
      Dockerfile: `${FROM}WORKDIR /app\nCOPY . .\nRUN test ! -e .build-lab && test ! -e .git && find . | sort > /listing\n`,
      'app.sh': 'echo hi\n',
      '.build-lab/cache/local/current/index.json': '{}',
      '.git/HEAD': 'ref: refs/heads/main\n'
    })
    const { code, json, stderr } = await gateJson(ctx)
    expect(stderr).toContain('left out of both runs: .build-lab, .git')
    expect(code).toBe(0)
    expect(json.reproducible).toBe(true)
  })

  it('passes a reproducible context, with equal digests and step timings', async () => {
    const ctx = await makeContext({
      Dockerfile: `${FROM}ARG SOURCE_DATE_EPOCH\nCOPY app.conf /etc/app.conf\nRUN echo "built $SOURCE_DATE_EPOCH" > /build-info && sha256sum /etc/app.conf > /sums\n`,
      'app.conf': 'port=8080\n'
    })
    const { code, json, stderr } = await gateJson(ctx, ['--epoch', '1700000000'])
    expect(code).toBe(0)
    expect(json.reproducible).toBe(true)
    expect(json.epoch).toBe(1700000000)
    expect(json.runs).toHaveLength(2)
    expect(json.runs[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(json.runs[1].digest).toBe(json.runs[0].digest)
    expect(json.digest).toBe(json.runs[0].digest)
    expect(json.runs[0].steps.map(s => s.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/RUN echo "built/)])
    )
    // The step names stream to stderr while the builds run.
    expect(stderr).toMatch(/run 1 . \[\d\/\d\] RUN echo/)
    expect(stderr).toMatch(/run 2 . \[\d\/\d\] RUN echo/)
  })

  it('fails a build that writes the clock, even when the whole build takes under a second', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN date > /built-at\n` }, { nonce: true })
    const { code, json } = await gateJson(ctx)
    expect(code).toBe(1)
    expect(json.reproducible).toBe(false)
    expect(json.reason).toMatch(/digests differ/)
    expect(json.runs[0].digest).not.toBe(json.runs[1].digest)
    expect(json.diff?.files).toEqual([
      expect.objectContaining({
        path: 'built-at',
        changes: ['content'],
        instruction: 'RUN date > /built-at',
        line: 3,
        cause: 'clock'
      })
    ])
  })

  it('fails a build that writes random bytes', async () => {
    const ctx = await makeContext(
      { Dockerfile: `${FROM}RUN head -c 16 /dev/urandom > /id\n` },
      { nonce: true }
    )
    const { code, json } = await gateJson(ctx)
    expect(code).toBe(1)
    expect(json.reproducible).toBe(false)
    expect(json.diff?.files).toEqual([expect.objectContaining({ path: 'id', line: 3, cause: 'random' })])
  })

  it('fails a step that records checkout mtimes after COPY, and passes it with --no-vary-mtime', async () => {
    const files = {
      Dockerfile: `${FROM}COPY . /src\nRUN ls -l /src > /listing\n`,
      'main.c': 'int main(void) { return 0; }\n'
    }
    // --no-vary-mtime first, on a context the daemon has never seen: both runs see the same mtimes.
    const same = await gateJson(await makeContext(files, { nonce: true }), ['--no-vary-mtime'])
    expect(same.json.reason).toMatch(/both runs gave/)
    expect(same.code).toBe(0)
    const varied = await gateJson(await makeContext(files, { nonce: true }))
    expect(varied.code).toBe(1)
    expect(varied.json.reproducible).toBe(false)
    expect(varied.stderr).toMatch(/run 2 builds from a copy of the context with fresh mtimes/)
    expect(varied.json.diff?.files).toEqual([
      expect.objectContaining({
        path: 'listing',
        instruction: 'RUN ls -l /src > /listing',
        line: 4,
        cause: 'checkout-mtimes'
      })
    ])
  })

  it('passes a context whose files are older than the epoch, as in a clone where the commit came after the edits', async () => {
    const ctx = await makeContext(
      {
        Dockerfile: `${FROM}COPY . /src\nRUN sha256sum /src/app.conf > /sums\n`,
        'app.conf': 'port=8080\n',
        'sub/x.txt': 'x\n'
      },
      { nonce: true }
    )
    const old = new Date('2024-01-01T00:00:00Z')
    for (const f of ['Dockerfile', 'app.conf', 'sub/x.txt', 'sub', '.nonce', '.'])
      await fs.utimes(path.join(ctx, f), old, old)
    const { code, json, stderr } = await gateJson(ctx, ['--epoch', '1750000000'])
    expect(stderr).toMatch(/older than the epoch, which no fresh checkout is: run 1 builds from a copy/)
    expect(json.reason).toMatch(/both runs gave/)
    expect(code).toBe(0)
  })

  it('passes with the default epoch when the cache was built earlier, and explains a commit-time epoch', async () => {
    const token = randomBytes(8).toString('hex')
    const ctx = await makeContext({
      Dockerfile: `${FROM}RUN echo ${token} > /token && mkdir -p /etc/thing && echo stable > /etc/thing/v\nWORKDIR /srv\nRUN echo ok > /srv/ok\n`
    })
    const keyed = await workdirKeyedByEpoch()
    // A cache built before the commit, as CI restores it from an earlier run. The epoch is taken
    // after it is built, so that every time in it is older, however slow the build was.
    const primed = await buildx(ctx, ['--output', 'type=cacheonly'])
    expect(primed.code).toBe(0)
    const before = Math.floor(Date.now() / 1000)
    await new Promise(resolve => setTimeout(resolve, 2100))
    // An epoch later than the cache: BuildKit keeps the cached layers' older times (moby/buildkit#4748).
    // The RUN before WORKDIR is reused on every engine; on BuildKit 0.22+ WORKDIR is keyed by the
    // epoch, so it and the steps after it are rebuilt (and clamped) in run 1 too.
    const later = await gateJson(ctx, ['--epoch', String(before + 2)])
    expect(later.json.runs[0].cacheHitRatio).toBeCloseTo(keyed ? 1 / 3 : 1)
    expect(later.code).toBe(1)
    expect(later.json.diff?.files.length).toBeGreaterThan(0)
    expect(later.json.diff?.files.every(f => f.changes.every(c => c === 'mtime'))).toBe(true)
    expect(later.stderr).toMatch(/keep their older times \(moby\/buildkit#4748\)/)
    if (keyed) expect(later.stderr).toMatch(/WORKDIR is keyed by the epoch \(moby\/buildkit#5960\)/)
    else expect(later.stderr).not.toMatch(/WORKDIR is keyed/)
    // The default epoch, 0, is older than any cache: warm and clean agree.
    const byDefault = await gateJson(ctx)
    expect(byDefault.json.epoch).toBe(0)
    expect(byDefault.json.reason).toMatch(/both runs gave/)
    expect(byDefault.code).toBe(0)
  })

  it("copies symlinks and named pipes into run 2's context, as BuildKit sends them", async () => {
    const ctx = await makeContext(
      {
        Dockerfile: `${FROM}COPY . /src\nRUN ls -n /src | awk '{print $1, $NF}' > /listing\n`,
        'sub/a.txt': 'a\n'
      },
      { nonce: true }
    )
    await fs.symlink('sub/a.txt', path.join(ctx, 'link'))
    expect((await execArgs('mkfifo', [path.join(ctx, 'pipe')])).code).toBe(0)
    const { code, json } = await gateJson(ctx)
    expect(json.reason).toMatch(/both runs gave/)
    expect(code).toBe(0)
  })

  it('passes a checkout with 0775, setgid and 0700 directories, hard links, a socket and device nodes', async () => {
    const ctx = await makeContext(
      {
        Dockerfile: `${FROM}COPY . /src\nRUN ls -lnR /src | awk '{print $1, $2, $NF}' > /listing\n`,
        'app/index.js': 'x\n'
      },
      { nonce: true }
    )
    // A checkout made with umask 002 (or `git archive | tar`): group-writable directories and files.
    const made = await execArgs(
      'sh',
      [
        '-c',
        'umask 002 && mkdir -p app/empty app/shared priv && chmod 0775 app && chmod 2775 app/shared && chmod 0700 priv && ' +
          'echo s > app/shared/s.txt && ln app/shared/s.txt app/hard.txt && mknod null c 1 3 && mknod loop b 7 300'
      ],
      process.env,
      ctx
    )
    expect(made.code).toBe(0)
    const server = net.createServer()
    await new Promise<void>(resolve => server.listen(path.join(ctx, 'app.sock'), resolve))
    try {
      const { code, json } = await gateJson(ctx)
      expect(json.reason).toMatch(/both runs gave/)
      expect(code).toBe(0)
    } finally {
      server.close()
    }
  })

  it('passes a multi-stage build whose nondeterminism stays in a discarded stage', async () => {
    const ctx = await makeContext(
      {
        Dockerfile:
          'ARG BASE\nFROM ${BASE} AS build\nRUN date > /stamp && head -c 32 /dev/urandom > /noise && echo stable > /out\n' +
          'FROM ${BASE}\nCOPY --from=build /out /out\n'
      },
      { nonce: true }
    )
    const { code, json } = await gateJson(ctx)
    expect(json.reason).toMatch(/both runs gave/)
    expect(code).toBe(0)
  })

  it('compares each platform of a multi-platform build', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN echo same > /f\n` })
    const r = await cli([
      'gate',
      ctx,
      ...BASE,
      '--platform',
      'linux/amd64,linux/amd64/v2',
      '--format',
      'json'
    ])
    const json = JSON.parse(r.stdout) as GateJson & { platforms: { platform: string; equal: boolean }[] }
    expect(r.code).toBe(0)
    expect(json.platforms.map(p => p.platform)).toEqual(['linux/amd64', 'linux/amd64/v2'])
    expect(json.platforms.every(p => p.equal)).toBe(true)
  })
})

describe('gate failures: one line, exit 2, no stack trace', () => {
  it.each<[string, (ctx: string) => string[], RegExp]>([
    [
      'missing context',
      () => ['gate', '/nonexistent/ctx'],
      /build context "\/nonexistent\/ctx" is not a directory/
    ],
    [
      'missing Dockerfile',
      ctx => ['gate', ctx, '-f', `${ctx}/Nope.Dockerfile`],
      /Dockerfile ".*Nope.Dockerfile" not found/
    ],
    [
      'build-arg without =',
      ctx => ['gate', ctx, '--build-arg', 'JUSTANAME'],
      /--build-arg "JUSTANAME" has no "="/
    ],
    ['unknown flag', ctx => ['gate', ctx, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['negative epoch', ctx => ['gate', ctx, '--epoch=-5'], /epoch must be a non-negative integer/],
    [
      'epoch that is not a number',
      ctx => ['gate', ctx, '--epoch', 'yesterday'],
      /epoch must be a non-negative integer/
    ],
    ['epoch given as a separate negative word', ctx => ['gate', ctx, '--epoch', '-5'], /use '--epoch=-XYZ'/],
    [
      'bad network',
      ctx => ['gate', ctx, '--network', 'bridge2'],
      /--network must be one of none, host, default/
    ],
    // the context defaults to the working directory, here the repository root, which has no Dockerfile
    [
      'no context and no Dockerfile here',
      () => ['gate'],
      /Dockerfile "Dockerfile" not found: add a Dockerfile to \. /
    ],
    ['unknown command', () => ['gait'], /unknown command "gait"/]
  ])('%s', async (_name, args, message) => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN true\n` })
    const r = await cli(args(ctx))
    expect(r.stderr).toMatch(message)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('names DOCKER_HOST and how to start an engine when the daemon is unreachable', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN true\n` })
    const r = await cli(['gate', ctx], { ...process.env, DOCKER_HOST: 'unix:///tmp/build-lab-no-such.sock' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot reach the Docker daemon at unix:\/\/\/tmp\/build-lab-no-such.sock/)
    expect(r.stderr).toMatch(/bash scripts\/engine.sh|set DOCKER_HOST/)
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter(l => l.startsWith('build-lab: error')).length
    ).toBe(1)
  })

  it('treats a run-1 build failure as an error and shows the build log', async () => {
    const ctx = await makeContext(
      { Dockerfile: `${FROM}RUN echo "the compiler broke here" && exit 3\n` },
      { nonce: true }
    )
    const r = await cli(['gate', ctx, ...BASE])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/run 1 failed, so there is nothing to compare: \[2\/2\] RUN echo/)
    expect(r.stderr).toMatch(/the compiler broke here/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('treats a build that fails only in run 2 as not reproducible (exit 1)', async () => {
    const id = `build-lab-seed-${Date.now()}-${Math.floor(Math.random() * 1e9)}`
    // Seed a cache mount that run 1 can see; run 2's --no-cache gets it empty.
    const seed = await makeContext(
      { Dockerfile: `${FROM}RUN --mount=type=cache,id=${id},target=/c touch /c/seed\n` },
      { nonce: true }
    )
    const seeded = await execArgs('docker', [
      'buildx',
      'build',
      '--network=none',
      '--build-arg',
      `BASE=${BUSYBOX}`,
      '--output',
      'type=cacheonly',
      seed
    ])
    expect(seeded.code).toBe(0)
    const ctx = await makeContext(
      { Dockerfile: `${FROM}RUN --mount=type=cache,id=${id},target=/c test -f /c/seed && echo ok > /ok\n` },
      { nonce: true }
    )
    const { code, json } = await gateJson(ctx)
    expect(json.reason).toMatch(/run 2 \(clean, --no-cache\) failed where run 1 succeeded/)
    expect(code).toBe(1)
  })
})

describe('what the gate leaves on disk', () => {
  it('keeps build-arg values out of the metadata files, which current buildx would fill with provenance', async () => {
    const ctx = await makeContext(
      { Dockerfile: `${FROM}ARG API_TOKEN\nRUN echo built > /b\n` },
      { nonce: true }
    )
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-gate-work-'))
    const secret = `tok-${randomBytes(8).toString('hex')}`
    // Every build goes through the engine adapter's run(); the gate removes its metadata files on a pass,
    // so the adapter writes one here, as runBuild has it do.
    const metadata = path.join(workDir, 'metadata.json')
    const code = await createDockerEngine().run(
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        metadata,
        ...BASE,
        '--build-arg',
        `API_TOKEN=${secret}`,
        '--output',
        `type=oci,tar=false,dest=${path.join(workDir, 'out')}`,
        ctx
      ],
      () => undefined
    )
    expect(code).toBe(0)
    const text = await fs.readFile(metadata, 'utf8')
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('buildx.build.provenance')
    expect(text).not.toContain(secret)
    const r = await cli(['gate', ctx, ...BASE, '--build-arg', `API_TOKEN=${secret}`])
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain(secret)
  })
})
