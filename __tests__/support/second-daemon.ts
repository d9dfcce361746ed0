// Test support: a second dockerd on its own socket, reached through a docker context, for --builder tests.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { openSync, promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BUSYBOX, execArgs, ROOT } from './engine.js'

export interface SecondDaemon {
  /** the docker context that reaches it (also the name to pass as --builder) */
  context: string
  host: string
  /** `docker version` of the daemon */
  version: string
  /** runs `docker --context <context> ...` */
  docker(args: string[]): ReturnType<typeof execArgs>
  stop(): Promise<void>
}

export interface SecondDaemonOptions {
  /** which engine to start: the current one, or the oldest supported (dockerd 26.1, BuildKit 0.13) */
  flavour: 'current' | 'oldest'
  /** the containerd image store; without it the docker driver cannot export OCI images or cache */
  containerdStore: boolean
  /** a prefix for the docker context name */
  name: string
}

function docker(args: string[]): ReturnType<typeof execArgs> {
  return execArgs('docker', args)
}

async function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>(resolve => child.once('exit', () => resolve()))
}

/**
 * Starts dockerd from the engine's unpacked root (`scripts/engine.sh root` unpacks it when missing) with
 * its own data root and socket, creates a docker context for it, and loads the test busybox into it.
 */
export async function startSecondDaemon(options: SecondDaemonOptions): Promise<SecondDaemon> {
  const root = await execArgs('bash', [path.join(ROOT, 'scripts/engine.sh'), 'root'], {
    ...process.env,
    BUILD_LAB_ENGINE: options.flavour
  })
  if (root.code !== 0) throw new Error(`scripts/engine.sh root failed:\n${root.stderr}`)
  const pkgRoot = root.stdout.trim().split('\n').pop() ?? ''
  // Short: a unix socket path must stay under 108 bytes.
  const dir = await fs.mkdtemp(path.join('/tmp', 'bl2-'))
  const sock = path.join(dir, 'docker.sock')
  const host = `unix://${sock}`
  await fs.writeFile(
    path.join(dir, 'daemon.json'),
    JSON.stringify({
      ...(options.containerdStore ? { features: { 'containerd-snapshotter': true } } : {}),
      bridge: 'none',
      iptables: false,
      ip6tables: false
    })
  )
  const log = openSync(path.join(dir, 'dockerd.log'), 'a')
  const args = [
    '--config-file',
    path.join(dir, 'daemon.json'),
    '-H',
    host,
    '--data-root',
    path.join(dir, 'data'),
    '--exec-root',
    path.join(dir, 'exec'),
    '--pidfile',
    path.join(dir, 'dockerd.pid')
  ]
  const asRoot = process.getuid?.() === 0
  const child = spawn(
    asRoot ? path.join(pkgRoot, 'usr/sbin/dockerd') : 'sudo',
    asRoot
      ? args
      : [
          '--preserve-env=PATH',
          path.join(pkgRoot, 'usr/sbin/dockerd'),
          ...args,
          '--group',
          String(os.userInfo().gid)
        ],
    {
      env: { ...process.env, PATH: `${pkgRoot}/usr/bin:${pkgRoot}/usr/sbin:${process.env.PATH ?? ''}` },
      stdio: ['ignore', log, log]
    }
  )
  const context = `${options.name}-${randomBytes(4).toString('hex')}`
  const stop = async (): Promise<void> => {
    await docker(['context', 'rm', '-f', context])
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await waitForExit(child)
    }
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
  try {
    let version = ''
    for (let i = 0; i < 120 && version === '' && child.exitCode === null; i++) {
      const v = await docker(['-H', host, 'version', '--format', '{{.Server.Version}}'])
      if (v.code === 0) version = v.stdout.trim()
      else await new Promise(resolve => setTimeout(resolve, 500))
    }
    if (version === '') {
      const tail = await fs.readFile(path.join(dir, 'dockerd.log'), 'utf8').catch(() => '')
      throw new Error(`the second dockerd did not come up:\n${tail.split('\n').slice(-20).join('\n')}`)
    }
    const created = await docker(['context', 'create', context, '--docker', `host=${host}`])
    if (created.code !== 0) throw new Error(`docker context create failed: ${created.stderr}`)
    const tar = path.join(dir, 'busybox.tar')
    const saved = await docker(['save', '-o', tar, BUSYBOX])
    const loaded = saved.code === 0 ? await docker(['--context', context, 'load', '-i', tar]) : saved
    if (loaded.code !== 0)
      throw new Error(`loading ${BUSYBOX} into the second dockerd failed: ${loaded.stderr}`)
    await fs.rm(tar, { force: true })
    return {
      context,
      host,
      version,
      docker: a => docker(['--context', context, ...a]),
      stop
    }
  } catch (error) {
    await stop()
    throw error
  }
}
