// The gate's life on the real engine: engine faults are no verdict, temporary files go, signals stop the build.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BUSYBOX, cli, execArgs, makeContext, requireEngine, spawnCli } from '../support/engine.js'
import { startDockerProxy } from '../support/docker-proxy.js'

const BASE = ['--build-arg', `BASE=${BUSYBOX}`, '--network', 'none']
const FROM = 'ARG BASE\nFROM ${BASE}\n'

/** A TMPDIR of the test's own, so that what the gate leaves behind can be listed. */
async function ownTmp(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-test-tmp-'))
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: dir }
  delete env.RUNNER_TEMP
  return { dir, env }
}

/** Every path below `dir`, relative to it, two levels deep. */
async function leftBehind(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const name of await fs.readdir(dir)) {
    out.push(name)
    const st = await fs.stat(path.join(dir, name))
    if (st.isDirectory())
      for (const inner of await fs.readdir(path.join(dir, name))) out.push(`${name}/${inner}`)
  }
  return out.sort()
}

async function pgrep(pattern: string): Promise<string[]> {
  const r = await execArgs('pgrep', ['-f', pattern])
  return r.stdout.split('\n').filter(l => l.trim() !== '')
}

/** Waits (bounded) until `check` holds; the caller asserts on the outcome, never on the time taken. */
async function eventually(check: () => Promise<boolean>, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  return false
}

beforeAll(() => {
  requireEngine()
})

/**
 * Runs the gate through a proxy in front of the daemon and cuts the connections that went to
 * `requestPath` while run 2's RUN runs: in the first build of run 2, and with `times` 2 in its retry too.
 */
async function cutDuringRun2(requestPath: '/grpc' | '/session', times: 1 | 2, extra: string[] = []) {
  const proxy = await startDockerProxy(requireEngine())
  try {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN sleep 3 && echo ok > /ok\n` }, { nonce: true })
    const { dir, env } = await ownTmp()
    const gate = spawnCli(['gate', ctx, ...BASE, ...extra], { ...env, DOCKER_HOST: proxy.host })
    await gate.waitForStderr(/run 2 ▸ \[2\/2\] RUN/)
    expect(proxy.cut(requestPath)).toBeGreaterThan(0)
    if (times === 2) {
      await gate.waitForStderr(/building it once more[\s\S]*run 2 ▸ \[2\/2\] RUN/)
      expect(proxy.cut(requestPath)).toBeGreaterThan(0)
    }
    const code = await gate.exited
    return { code, stdout: gate.stdout(), stderr: gate.stderr(), left: await leftBehind(dir) }
  } finally {
    await proxy.close()
  }
}

describe('engine failures are infrastructure, not a verdict', () => {
  it('builds run 2 once more when the daemon connection is lost, and passes', async () => {
    const r = await cutDuringRun2('/grpc', 1)
    expect(r.stderr).toMatch(
      /run 2 failed in the engine, not in the Dockerfile \(.*Unavailable.*\): building it once more/
    )
    expect(r.stdout).toMatch(/^PASS/)
    expect(r.code).toBe(0)
    expect(r.left).toEqual([])
  })

  it('gives exit 2 with the engine message when run 2 loses the daemon twice', async () => {
    const r = await cutDuringRun2('/grpc', 2)
    expect(r.stderr).toMatch(
      // buildx words a cut connection by where it was cut: while streaming status, or while solving.
      /build-lab: error: run 2 failed in the engine, not in the Dockerfile, retried once, so there is no verdict: ERROR: (failed to build: )?(failed to receive status: rpc error: code = Unavailable|failed to solve: Unavailable)/
    )
    expect(r.stdout).toBe('')
    expect(r.code).toBe(2)
    expect(r.left).toEqual([])
  })

  it('gives exit 2 when run 2 loses its session (the export cannot finish), never "not reproducible"', async () => {
    const r = await cutDuringRun2('/session', 2, ['--format', 'json'])
    expect(r.stderr).toMatch(/run 2 failed in the engine, not in the Dockerfile, retried once/)
    expect(r.stderr).toMatch(/no active session|Canceled/)
    expect(r.stdout).toBe('')
    expect(r.code).toBe(2)
    expect(r.left).toEqual([])
  })
})

describe('temporary files', () => {
  it('leaves nothing behind on a pass', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}COPY . /src\nRUN echo same > /f\n` }, { nonce: true })
    const { dir, env } = await ownTmp()
    const r = await cli(['gate', ctx, ...BASE], env)
    expect(r.code).toBe(0)
    expect(await leftBehind(dir)).toEqual([])
  })

  it('keeps only the two layouts on a fail, and the last line says where', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN date +%s%N > /stamp\n` }, { nonce: true })
    const { dir, env } = await ownTmp()
    const r = await cli(['gate', ctx, ...BASE], env)
    expect(r.code).toBe(1)
    const left = await leftBehind(dir)
    expect(left).toHaveLength(3)
    const work = left[0]
    expect(work).toMatch(/^build-lab-/)
    expect(left).toEqual([work, `${work}/run1`, `${work}/run2`])
    const last = r.stdout.trim().split('\n').pop()
    const at = path.join(dir, work)
    expect(last).toBe(`  layouts kept in ${at} (run1/, run2/): build-lab diff ${at}/run1 ${at}/run2`)
    const json = await cli(['gate', ctx, ...BASE, '--format', 'json'], env)
    expect(json.code).toBe(1)
    expect(json.stderr.trim().split('\n').pop()).toMatch(
      /^build-lab: layouts kept in .*build-lab diff .*\/run1 .*\/run2$/
    )
  })

  it('leaves nothing behind when run 1 fails', async () => {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN exit 3\n` }, { nonce: true })
    const { dir, env } = await ownTmp()
    const r = await cli(['gate', ctx, ...BASE], env)
    expect(r.code).toBe(2)
    expect(await leftBehind(dir)).toEqual([])
  })
})

describe('signals', () => {
  it.each<[NodeJS.Signals, number]>([
    ['SIGTERM', 143],
    ['SIGINT', 130]
  ])(
    '%s during run 1 stops the build, leaves no docker child and an empty TMPDIR, exit %d',
    async (signal, exit) => {
      const marker = `build-lab-signal-marker-${Date.now()}-${Math.floor(Math.random() * 1e9)}`
      const ctx = await makeContext({ Dockerfile: `${FROM}RUN echo ${marker} && sleep 120 && echo done\n` })
      const { dir, env } = await ownTmp()
      const gate = spawnCli(['gate', ctx, ...BASE], env)
      await gate.waitForStderr(/run 1 ▸ \[2\/2\] RUN/)
      // The RUN's shell runs in a container of the daemon; its command line carries the marker (the trailing
      // echo keeps busybox sh from exec'ing sleep in its place).
      expect(await eventually(async () => (await pgrep(marker)).length > 0)).toBe(true)
      expect(await pgrep(ctx)).not.toEqual([])
      gate.child.kill(signal)
      const code = await gate.exited
      expect(gate.stderr()).toMatch(new RegExp(`build-lab: interrupted by ${signal}: stopped the build`))
      expect(code).toBe(exit)
      // buildx's child (it names the context) is gone, and the daemon cancelled the RUN.
      expect(await pgrep(ctx)).toEqual([])
      expect(await eventually(async () => (await pgrep(marker)).length === 0)).toBe(true)
      expect(await leftBehind(dir)).toEqual([])
    }
  )
})
