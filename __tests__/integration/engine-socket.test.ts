// The engine probes over the daemon's socket on the real engine: the CLI's facts, and the CLI's words when it fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { socketFacts } from '../../src/buildkit/engine-socket.js'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { parseBuildxInspect, parseBuildxVersion } from '../../src/core/buildkit/engine-check.js'
import { BUSYBOX, cli, execArgs, makeContext, requireEngine } from '../support/engine.js'

let tmp: string

beforeAll(async () => {
  requireEngine()
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-socket-'))
})

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

/** The facts as the four docker CLI probes give them. */
async function cliFacts() {
  const [version, buildx, inspect, info] = await Promise.all([
    execArgs('docker', ['version', '--format', '{{.Server.Version}}']),
    execArgs('docker', ['buildx', 'version']),
    execArgs('docker', ['buildx', 'inspect']),
    execArgs('docker', ['info', '--format', '{{json .DriverStatus}}'])
  ])
  const parsed = parseBuildxInspect(inspect.stdout)
  return {
    dockerVersion: version.stdout.trim(),
    buildxVersion: parseBuildxVersion(buildx.stdout),
    buildkitReported: parsed.buildkit,
    driver: parsed.driver,
    containerdStore: info.stdout.includes('io.containerd.snapshotter'),
    host: process.env.DOCKER_HOST
  }
}

describe('the default builder on a unix socket', () => {
  it('answers over the socket with exactly the facts the docker CLI gives', async () => {
    const direct = await socketFacts(30_000)
    expect(direct).toEqual({ kind: 'facts', facts: await cliFacts() })
    // and the engine adapter uses them
    expect(await createDockerEngine().facts()).toEqual(await cliFacts())
  })

  it('leaves a builder chosen by BUILDX_BUILDER to buildx', async () => {
    const direct = await socketFacts(30_000, { ...process.env, BUILDX_BUILDER: 'default' })
    expect(direct).toEqual({ kind: 'ask-cli', why: 'not the default builder on a unix socket' })
  })
})

describe('a daemon that is down or wrong', () => {
  const FROM = `FROM ${BUSYBOX}\n`

  async function gateOn(host: string) {
    const ctx = await makeContext({ Dockerfile: `${FROM}RUN true\n` })
    return cli(['gate', ctx], { ...process.env, DOCKER_HOST: host })
  }

  function expectOneLine(r: { code: number; stdout: string; stderr: string }, host: string) {
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const errors = r.stderr.split('\n').filter(l => l.startsWith('build-lab: error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`cannot reach the Docker daemon at ${host}`)
    expect(errors[0]).toMatch(/bash scripts\/engine.sh|set DOCKER_HOST/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  }

  it('a socket path with nothing there: one line, exit 2', async () => {
    const host = `unix://${path.join(tmp, 'missing.sock')}`
    expect((await socketFacts(30_000, { ...process.env, DOCKER_HOST: host })).kind).toBe('ask-cli')
    expectOneLine(await gateOn(host), host)
  })

  it('a file that is no socket: one line, exit 2', async () => {
    const file = path.join(tmp, 'not-a-socket')
    await fs.writeFile(file, '')
    const host = `unix://${file}`
    expectOneLine(await gateOn(host), host)
  })

  /** A server on a unix socket that does `serve` with each connection; closed with every connection it took. */
  async function withServer(
    name: string,
    serve: (c: net.Socket) => void,
    body: (host: string) => Promise<void>
  ) {
    const socket = path.join(tmp, name)
    const held: net.Socket[] = []
    const server = net.createServer(c => {
      held.push(c)
      c.on('error', () => undefined)
      serve(c)
    })
    await new Promise<void>(resolve => server.listen(socket, resolve))
    try {
      await body(`unix://${socket}`)
    } finally {
      for (const c of held) c.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }

  it('a server that answers HTTP 500: the socket leaves it to the CLI', async () => {
    const answer = 'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbad\n'
    await withServer(
      'broken.sock',
      c => c.once('data', () => c.end(answer)),
      async host => {
        const direct = await socketFacts(30_000, { ...process.env, DOCKER_HOST: host })
        expect(direct).toEqual({ kind: 'ask-cli', why: expect.stringMatching(/HTTP 500/) })
      }
    )
  })

  it('a server that accepts and never answers: the socket gives up after its timeout', async () => {
    await withServer(
      'silent.sock',
      () => undefined,
      async host => {
        const direct = await socketFacts(300, { ...process.env, DOCKER_HOST: host })
        expect(direct.kind).toBe('ask-cli')
      }
    )
  })
})
