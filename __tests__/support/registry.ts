// A real Debian docker-registry (distribution 2.8) on 127.0.0.1 for registry-cache tests, started and stopped by the test.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import { createServer } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { execArgs } from './engine.js'

const BINARY = '/usr/bin/docker-registry'
const READY_TIMEOUT_MS = 30_000
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

/**
 * The registry binary, installed with apt when it is missing and we are root (scripts/engine.sh
 * installs it for `npm test`). Throws with the fix otherwise.
 */
export async function registryBinary(): Promise<string> {
  if (existsSync(BINARY)) return BINARY
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const r = await execArgs(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'docker-registry'],
      env
    )
    if (r.code === 0 && existsSync(BINARY)) return BINARY
  }
  throw new Error(
    `${BINARY} is missing: install it with \`apt-get install -y docker-registry\` (Debian bookworm, distribution 2.8)`
  )
}

/** A port nobody listens on right now (the kernel's pick, released again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = address !== null && typeof address === 'object' ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * One registry process with its own storage under a temporary directory. The packaged config
 * listens on every address and wants htpasswd, so a config of our own is written instead.
 * `stop()` then `start()` brings it back on the same port with the same contents.
 */
export class Registry {
  private child: ChildProcess | null = null
  private exited: Promise<void> = Promise.resolve()
  private dir = ''
  private port = 0
  private log: string[] = []

  /** `127.0.0.1:<port>`, valid once started. */
  get host(): string {
    return `127.0.0.1:${this.port}`
  }

  /** A reference in this registry, e.g. `127.0.0.1:5123/cache:main`. */
  ref(repository: string, tag: string): string {
    return `${this.host}/${repository}:${tag}`
  }

  get running(): boolean {
    return this.child !== null
  }

  async start(): Promise<void> {
    if (this.child !== null) return
    const binary = await registryBinary()
    if (this.dir === '') {
      this.dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-registry-'))
      this.port = await freePort()
    }
    const config = path.join(this.dir, 'config.yml')
    await fs.writeFile(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: warn',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${path.join(this.dir, 'data')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${this.host}`,
        ''
      ].join('\n')
    )
    this.log = []
    const child = spawn(binary, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] })
    const keep = (chunk: Buffer): void => void this.log.push(chunk.toString('utf8'))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    this.exited = new Promise(resolve => child.once('exit', () => resolve()))
    this.child = child
    await this.waitReady()
  }

  async stop(): Promise<void> {
    const child = this.child
    if (child === null) return
    this.child = null
    child.kill('SIGTERM')
    await this.exited
  }

  /** Stops it and removes its storage. */
  async destroy(): Promise<void> {
    await this.stop()
    if (this.dir !== '') await fs.rm(this.dir, { recursive: true, force: true })
    this.dir = ''
  }

  /** Tags stored for `repository` (the registry API), empty when none. */
  async tags(repository: string): Promise<string[]> {
    const response = await fetch(`http://${this.host}/v2/${repository}/tags/list`)
    if (response.status === 404) return []
    const body: unknown = await response.json()
    const tags = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['tags'] : null
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []
  }

  /** The manifest digest a tag names (HEAD, as BuildKit pushes them: OCI index or manifest), null when absent. */
  async digest(repository: string, tag: string): Promise<string | null> {
    const response = await fetch(`http://${this.host}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_TYPES }
    })
    if (response.status === 404) return null
    if (!response.ok) throw new Error(`HEAD ${repository}:${tag}: HTTP ${response.status}`)
    return response.headers.get('docker-content-digest')
  }

  /** Every tag of `repository` with its digest. */
  async digests(repository: string): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>()
    for (const tag of await this.tags(repository)) out.set(tag, await this.digest(repository, tag))
    return out
  }

  /** Bytes under the registry's storage root. */
  async storageBytes(): Promise<number> {
    return directoryBytes(path.join(this.dir, 'data'))
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS
    let exited = false
    void this.exited.then(() => {
      exited = true
    })
    while (Date.now() < deadline && !exited) {
      try {
        const response = await fetch(`http://${this.host}/v2/`)
        if (response.status === 200) return
      } catch {
        // not listening yet
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    await this.stop()
    throw new Error(`docker-registry did not come up on ${this.host}: ${this.log.join('').slice(-2000)}`)
  }
}

async function directoryBytes(dir: string): Promise<number> {
  let entries
  try {
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  let total = 0
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) total += await directoryBytes(full)
    else if (entry.isFile()) total += (await fs.stat(full)).size
  }
  return total
}
