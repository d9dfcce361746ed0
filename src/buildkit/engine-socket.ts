// Asks a local dockerd over its unix socket what `docker version`, `docker info` and `buildx inspect` would say, without spawning them.
import { execFile } from 'node:child_process'
import { constants, promises as fs } from 'node:fs'
import * as http from 'node:http'
import * as http2 from 'node:http2'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Duplex } from 'node:stream'
import {
  apiContainerdStore,
  apiServerVersion,
  directSocket,
  EMPTY_GRPC_MESSAGE,
  grpcMessage,
  infoBuildkitVersion,
  type ProbeSetting
} from '../core/buildkit/engine-api.js'
import { type EngineFacts, parseBuildxVersion } from '../core/buildkit/engine-check.js'
import { errorMessage, isNotFound } from '../core/errors.js'
import { isRecord } from '../core/json.js'

/** A response bigger than this is no Engine API answer we read. */
const MAX_BODY_BYTES = 4 * 1024 * 1024

// Where the docker CLI looks for plugins after $DOCKER_CONFIG/cli-plugins (docker/cli's defaultSystemPluginDirs).
const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins'
]

function dockerConfigDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CONFIG || path.join(os.homedir(), '.docker')
}

/** A JSON file: null when absent, the string 'unreadable' when it cannot be read or parsed. */
async function readJson(file: string): Promise<unknown> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    return isNotFound(error) ? null : 'unreadable'
  }
  try {
    return JSON.parse(text)
  } catch {
    return 'unreadable'
  }
}

/** What the environment and the docker and buildx config say about the current builder. */
export async function probeSetting(env: NodeJS.ProcessEnv = process.env): Promise<ProbeSetting> {
  const config = dockerConfigDir(env)
  const [configJson, buildxCurrent] = await Promise.all([
    readJson(path.join(config, 'config.json')),
    readJson(path.join(config, 'buildx', 'current'))
  ])
  return {
    dockerHost: env.DOCKER_HOST ?? '',
    dockerContext: env.DOCKER_CONTEXT ?? '',
    buildxBuilder: env.BUILDX_BUILDER ?? '',
    buildxConfig: env.BUILDX_CONFIG ?? '',
    config: configJson,
    buildxCurrent
  }
}

async function executable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.X_OK)
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

/** The first of `candidates` that is an executable file. */
async function firstExecutable(candidates: string[]): Promise<string | null> {
  const found = await Promise.all(candidates.map(executable))
  const index = found.indexOf(true)
  return index < 0 ? null : candidates[index]
}

/** `GET <path>` on the socket, parsed as JSON; throws on a status other than 200. */
function getJson(socketPath: string, urlPath: string, signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // agent: false: one connection per probe, closed with it (no keep-alive socket outlives the probes)
    const request = http.get(
      { socketPath, path: urlPath, signal, agent: false, headers: { Host: 'docker' } },
      response => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_BODY_BYTES) request.destroy(new Error(`GET ${urlPath}: the answer is too large`))
          else chunks.push(chunk)
        })
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          if (response.statusCode !== 200) {
            reject(
              new Error(`GET ${urlPath}: HTTP ${response.statusCode ?? '?'} ${text.trim().slice(0, 200)}`)
            )
            return
          }
          try {
            resolve(JSON.parse(text))
          } catch (error) {
            reject(new Error(`GET ${urlPath}: ${errorMessage(error)}`))
          }
        })
      }
    )
    request.on('error', reject)
  })
}

/**
 * BuildKit's own version, through dockerd's `/grpc` endpoint (upgraded to h2c, as buildx's docker driver
 * does) and moby.buildkit.v1.Control/Info.
 */
function buildkitInfo(socketPath: string, signal: AbortSignal): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      socketPath,
      path: '/grpc',
      method: 'POST',
      signal,
      agent: false,
      headers: { Host: 'docker', Connection: 'Upgrade', Upgrade: 'h2c' }
    })
    request.on('error', reject)
    request.on('response', response => {
      response.resume()
      request.destroy()
      reject(new Error(`POST /grpc: HTTP ${response.statusCode ?? '?'} (no upgrade to h2c)`))
    })
    request.on('upgrade', (_response, socket: Duplex, head: Buffer) => {
      // The server's first HTTP/2 frames may have come with the upgrade: give them back to the session.
      if (head.length > 0) socket.unshift(head)
      const session = http2.connect('http://docker', { createConnection: () => socket })
      const done = (error: Error | null, version: string | null = null) => {
        session.destroy()
        socket.destroy()
        if (error) reject(error)
        else resolve(version)
      }
      signal.addEventListener('abort', () => done(new Error('aborted')), { once: true })
      session.on('error', error => done(error))
      const stream = session.request({
        ':method': 'POST',
        ':path': '/moby.buildkit.v1.Control/Info',
        'content-type': 'application/grpc',
        te: 'trailers'
      })
      const chunks: Buffer[] = []
      let status: string | null = null
      stream.on('response', headers => {
        const value = headers['grpc-status']
        if (typeof value === 'string') status = value
      })
      stream.on('trailers', trailers => {
        const value = trailers['grpc-status']
        if (typeof value === 'string') status = value
      })
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', error => done(error))
      stream.on('end', () => {
        if (status !== '0') {
          done(new Error(`Control/Info: grpc-status ${status ?? 'missing'}`))
          return
        }
        const message = grpcMessage(Buffer.concat(chunks))
        done(
          message === null ? new Error('Control/Info: no message') : null,
          message && infoBuildkitVersion(message)
        )
      })
      stream.end(EMPTY_GRPC_MESSAGE)
    })
    request.end()
  })
}

/** The buildx plugin's version from its metadata, as `docker buildx version` names it; null without the plugin. */
async function buildxPluginVersion(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<string | null> {
  const plugin = await firstExecutable(
    [path.join(dockerConfigDir(env), 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS].map(dir =>
      path.join(dir, 'docker-buildx')
    )
  )
  if (plugin === null) return null
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(plugin, ['docker-cli-plugin-metadata'], { signal, maxBuffer: 1024 * 1024 }, (error, out) =>
      error ? reject(error) : resolve(out)
    )
  )
  const metadata: unknown = JSON.parse(stdout)
  const version = isRecord(metadata) ? metadata.Version : null
  return typeof version === 'string' ? parseBuildxVersion(`buildx ${version}`) : null
}

/** Whether `docker` is an executable on PATH: the builds still run through it. */
async function dockerOnPath(env: NodeJS.ProcessEnv): Promise<boolean> {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(d => d !== '')
  return (await firstExecutable(dirs.map(dir => path.join(dir, 'docker')))) !== null
}

export type SocketFacts =
  | { kind: 'facts'; facts: EngineFacts }
  /** the socket cannot answer for the CLI here (or failed): ask the CLI, whose facts and errors are the reference */
  | { kind: 'ask-cli'; why: string }

/**
 * The current builder's facts straight from the daemon's socket, when that builder is the default docker
 * driver on a local socket (directSocket). The same facts the CLI probes give; anything unexpected, a
 * daemon that is down included, says `ask-cli`, so that the CLI's own words name the problem.
 */
export async function socketFacts(
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env
): Promise<SocketFacts> {
  const socket = directSocket(await probeSetting(env))
  if (socket === null) return { kind: 'ask-cli', why: 'not the default builder on a unix socket' }
  const host = env.DOCKER_HOST || 'unix:///var/run/docker.sock'
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const [version, info, buildkit, buildx, docker] = await Promise.all([
      getJson(socket, '/version', controller.signal),
      getJson(socket, '/info', controller.signal),
      buildkitInfo(socket, controller.signal),
      buildxPluginVersion(env, controller.signal),
      dockerOnPath(env)
    ])
    const dockerVersion = apiServerVersion(version)
    if (dockerVersion === null) return { kind: 'ask-cli', why: 'GET /version named no version' }
    if (buildx === null || !docker) return { kind: 'ask-cli', why: 'no buildx plugin or docker CLI found' }
    return {
      kind: 'facts',
      facts: {
        dockerVersion,
        buildxVersion: buildx,
        buildkitReported: buildkit,
        driver: 'docker',
        containerdStore: apiContainerdStore(info),
        host
      }
    }
  } catch (error) {
    return { kind: 'ask-cli', why: errorMessage(error) }
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}
