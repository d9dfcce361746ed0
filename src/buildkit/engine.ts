// The engine adapter: runs docker through @actions/exec with argument arrays, never a shell string.
import { spawn } from 'node:child_process'
import * as exec from '@actions/exec'
import { errorMessage, terminationSignal } from '../core/errors.js'
import { type EngineFacts, parseBuildxInspect, parseBuildxVersion } from '../core/buildkit/engine-check.js'
import { daemonArgs } from './args.js'
import { socketFacts } from './engine-socket.js'

export interface Engine {
  /** What the gate needs to know before it builds, about the named builder or the current one. Never throws. */
  facts(builder?: string | null): Promise<EngineFacts>
  /**
   * Runs `docker <args>`, streaming stderr (the rawjson progress) to onStderr. Resolves with the exit code.
   * When `signal` aborts (its reason names SIGINT or SIGTERM), that signal goes to the docker child, and
   * this resolves once the child has exited.
   */
  run(
    args: string[],
    onStderr: (chunk: Buffer) => void,
    onStdout?: (chunk: Buffer) => void,
    options?: { signal?: AbortSignal }
  ): Promise<number>
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 }

/** Spawns docker without a shell; forwards an abort to the child as a signal and waits for it to exit. */
export function runDocker(
  args: string[],
  onStderr: (chunk: Buffer) => void,
  onStdout?: (chunk: Buffer) => void,
  signal?: AbortSignal
): Promise<number> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      resolve(128 + (SIGNAL_NUMBERS[terminationSignal(signal)] ?? 15))
      return
    }
    const child = spawn('docker', args, { stdio: ['ignore', 'pipe', 'pipe'], env: buildEnv(process.env) })
    const forward = () => {
      if (signal && child.exitCode === null && child.signalCode === null)
        child.kill(terminationSignal(signal))
    }
    signal?.addEventListener('abort', forward)
    child.stderr.on('data', (chunk: Buffer) => onStderr(chunk))
    child.stdout.on('data', (chunk: Buffer) => onStdout?.(chunk))
    child.once('error', error => {
      signal?.removeEventListener('abort', forward)
      reject(new Error(`cannot run docker: ${errorMessage(error)}`))
    })
    child.once('close', (code, killedBy) => {
      signal?.removeEventListener('abort', forward)
      resolve(code ?? 128 + (killedBy ? (SIGNAL_NUMBERS[killedBy] ?? 1) : 1))
    })
  })
}

export interface Output {
  exitCode: number
  stdout: string
  stderr: string
}

/** How long an engine probe may take: a daemon that accepts connections but never answers must not hang the gate. */
export const PROBE_TIMEOUT_MS = 30_000

/** How long the direct socket probes may take before the CLI probes are asked instead. */
export const SOCKET_PROBE_TIMEOUT_MS = 5_000

/** Runs `docker <args>` and collects its output; a daemon that never answers gives exit 124 after `timeoutMs`. */
export async function capture(args: string[], timeoutMs = PROBE_TIMEOUT_MS): Promise<Output> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Output>(resolve => {
    timer = setTimeout(
      () =>
        resolve({
          exitCode: 124,
          stdout: '',
          stderr: `docker ${args[0]} did not answer within ${timeoutMs / 1000} s`
        }),
      timeoutMs
    )
  })
  try {
    return await Promise.race([
      exec.getExecOutput('docker', args, { silent: true, ignoreReturnCode: true }),
      timeout
    ])
  } catch (error) {
    // @actions/exec throws when the executable is not on PATH.
    return { exitCode: 127, stdout: '', stderr: errorMessage(error) }
  } finally {
    clearTimeout(timer)
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map(l => l.trim())
      .find(l => l !== '') ?? ''
  )
}

/**
 * The environment of a build. Current buildx (0.29; not 0.13) writes a provenance summary into the
 * --metadata-file by default, build-arg values included: nothing reads it, and a secret build arg
 * must not sit in a file.
 */
export function buildEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) if (value !== undefined) out[name] = value
  out.BUILDX_METADATA_PROVENANCE = 'disabled'
  return out
}

export function dockerHost(): string {
  return process.env.DOCKER_HOST || 'unix:///var/run/docker.sock'
}

/** The docker engine. With `signal`, every docker child it runs gets SIGINT/SIGTERM when the signal aborts. */
export function createDockerEngine(defaults: { signal?: AbortSignal } = {}): Engine {
  return {
    async facts(builder?: string | null): Promise<EngineFacts> {
      const named = builder || null
      // The default builder on a local socket answers over the socket, without four docker processes.
      if (named === null) {
        const direct = await socketFacts(SOCKET_PROBE_TIMEOUT_MS)
        if (direct.kind === 'facts') return direct.facts
      }
      // A builder named after a docker context builds on that context's daemon: ask that daemon, not DOCKER_HOST.
      const endpoint = named
        ? await capture(['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}', named])
        : null
      const context = named !== null && endpoint?.exitCode === 0 ? named : null
      const host = context !== null ? endpoint?.stdout.trim() || context : dockerHost()
      const on = named === null ? {} : { builder: named, dockerContext: context }
      // All probes at once: on a fit engine they all answer, and a dead daemon fails each of them fast.
      const [version, buildx, inspect, info] = await Promise.all([
        capture(daemonArgs(context, ['version', '--format', '{{.Server.Version}}'])),
        capture(['buildx', 'version']),
        capture(['buildx', 'inspect', ...(named !== null ? [named] : [])]),
        capture(daemonArgs(context, ['info', '--format', '{{json .DriverStatus}}']))
      ])
      // With buildx there, a named builder that is no context and that buildx cannot inspect is the problem.
      if (named !== null && context === null && buildx.exitCode === 0 && inspect.exitCode !== 0) {
        return {
          dockerVersion: version.exitCode === 0 ? version.stdout.trim() || null : null,
          buildxVersion: parseBuildxVersion(buildx.stdout),
          buildkitReported: null,
          driver: null,
          containerdStore: false,
          host,
          ...on,
          builderError: firstLine(inspect.stderr) || `docker buildx inspect exited with ${inspect.exitCode}`
        }
      }
      if (version.exitCode !== 0 || version.stdout.trim() === '') {
        const missing = version.exitCode === 127 && /Unable to locate|not found/i.test(version.stderr)
        return {
          dockerVersion: null,
          buildxVersion: null,
          buildkitReported: null,
          driver: null,
          containerdStore: false,
          host,
          ...on,
          daemonError: missing ? 'the docker CLI is not on PATH' : firstLine(version.stderr) || null
        }
      }
      const parsed = parseBuildxInspect(inspect.stdout)
      return {
        dockerVersion: version.stdout.trim(),
        buildxVersion: buildx.exitCode === 0 ? parseBuildxVersion(buildx.stdout) : null,
        buildkitReported: parsed.buildkit,
        driver: parsed.driver,
        containerdStore: info.stdout.includes('io.containerd.snapshotter'),
        host,
        ...on
      }
    },

    async run(args, onStderr, onStdout, options = {}) {
      return runDocker(args, onStderr, onStdout, options.signal ?? defaults.signal)
    }
  }
}
