// Test support for the real engine: checks it is up, makes throwaway build contexts, runs bundles.
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { parseBuildxVersion } from '../../src/core/buildkit/engine-check.js'

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname)
export const BUSYBOX = 'build-lab/busybox:local'
export const NODE_IMAGE = 'build-lab/node:local'

/** Fails with the fix when the engine was not set up (npm test does it through scripts/engine.sh). */
export function requireEngine(): string {
  const host = process.env.DOCKER_HOST
  if (!host)
    throw new Error(
      'DOCKER_HOST is not set: run the tests with `npm test`, which starts the engine (bash scripts/engine.sh)'
    )
  return host
}

/** Writes files into a new temporary directory. A unique nonce file keeps the daemon's cache out of it. */
export async function makeContext(
  files: Record<string, string>,
  options: { nonce?: boolean } = {}
): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-test-'))
  const all = options.nonce ? { ...files, '.nonce': randomBytes(16).toString('hex') } : files
  for (const [name, content] of Object.entries(all)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await fs.writeFile(path.join(dir, name), content)
  }
  return dir
}

export interface Exec {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command with an argument array; never throws on a non-zero exit. */
export async function execArgs(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = ROOT
): Promise<Exec> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, {
      env,
      cwd,
      maxBuffer: 64 * 1024 * 1024
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const field = (name: string): unknown =>
      typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined
    const code = field('code')
    const text = (v: unknown) => (typeof v === 'string' ? v : '')
    return {
      code: typeof code === 'number' ? code : -1,
      stdout: text(field('stdout')),
      stderr: text(field('stderr'))
    }
  }
}

export function bundle(name: 'action' | 'cli'): string {
  const file = path.join(ROOT, name === 'action' ? 'dist/index.js' : 'dist/cli/index.js')
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\` (npm test does it)`)
  return file
}

/** Runs the bundled CLI. */
export function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Exec> {
  return execArgs(process.execPath, [bundle('cli'), ...args], env)
}

export interface RunningCli {
  child: import('node:child_process').ChildProcess
  stdout(): string
  stderr(): string
  /** resolves once stderr matches; rejects if the CLI exits first */
  waitForStderr(pattern: RegExp): Promise<void>
  exited: Promise<number | null>
}

/** Starts the bundled CLI and streams its output, for tests that act while it runs (faults, signals). */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env): RunningCli {
  const child = spawn(process.execPath, [bundle('cli'), ...args], { env, cwd: ROOT })
  let out = ''
  let err = ''
  const waiters: { pattern: RegExp; resolve: () => void; reject: (e: Error) => void }[] = []
  const check = () => {
    for (const w of [...waiters]) {
      if (w.pattern.test(err)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  }
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8')
    check()
  })
  let closed: number | null | undefined
  const exited = new Promise<number | null>(resolve =>
    child.on('close', code => {
      closed = code
      for (const w of waiters.splice(0))
        w.reject(new Error(`the CLI exited (${code}) before stderr matched ${w.pattern}:\n${err}`))
      resolve(code)
    })
  )
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitForStderr: pattern =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(err)) resolve()
        else if (closed !== undefined)
          reject(new Error(`the CLI exited (${closed}) before stderr matched ${pattern}:\n${err}`))
        else waiters.push({ pattern, resolve, reject })
      }),
    exited
  }
}

/**
 * Whether this is the oldest supported engine's buildx (0.13, with BuildKit 0.13). On it, concurrent builds
 * on one daemon can share a layer blob compressed for another build's cache export, so their images differ
 * only in compressed bytes: parallel tests compare with `equality: content` there.
 */
export async function oldestBuildx(): Promise<boolean> {
  return !(await buildxHasChecks())
}

/** Whether the engine's buildx runs BuildKit's build checks: `--call=check` came with buildx 0.15. */
export async function buildxHasChecks(): Promise<boolean> {
  const version = parseBuildxVersion((await execArgs('docker', ['buildx', 'version'])).stdout) ?? '0.0'
  const [major = 0, minor = 0] = version.split('.').map(Number)
  return major > 0 || minor >= 15
}
