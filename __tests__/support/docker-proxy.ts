// A loopback proxy in front of the real daemon's socket that can cut its connections, to inject engine faults.
import { promises as fs } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'

interface Piped {
  client: net.Socket
  daemon: net.Socket
  /** the path of the first request on the connection: `/grpc` (BuildKit's control API), `/session`, ... */
  path: string
}

export interface DockerProxy {
  /** `unix://...` for DOCKER_HOST */
  host: string
  /** drops every open connection whose first request went to `requestPath`; returns how many */
  cut(requestPath: string): number
  close(): Promise<void>
}

/** Starts a proxy to the daemon at `target` (a `unix://` DOCKER_HOST). */
export async function startDockerProxy(target: string): Promise<DockerProxy> {
  if (!target.startsWith('unix://')) throw new Error(`the proxy needs a unix:// DOCKER_HOST, not ${target}`)
  const daemonPath = target.slice('unix://'.length)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-proxy-'))
  const socket = path.join(dir, 'docker.sock')
  const open = new Set<Piped>()
  const server = net.createServer(client => {
    const piped: Piped = { client, daemon: net.connect(daemonPath), path: '' }
    open.add(piped)
    let head = ''
    client.on('data', (chunk: Buffer) => {
      if (piped.path === '') {
        head += chunk.toString('latin1')
        piped.path = /^[A-Z]+ (\S+)/.exec(head)?.[1]?.replace(/^\/v[\d.]+/, '') ?? ''
      }
      piped.daemon.write(chunk)
    })
    piped.daemon.on('data', (chunk: Buffer) => client.write(chunk))
    const end = () => {
      client.destroy()
      piped.daemon.destroy()
      open.delete(piped)
    }
    for (const s of [client, piped.daemon]) {
      s.on('close', end)
      s.on('error', end)
    }
  })
  await new Promise<void>(resolve => server.listen(socket, resolve))
  return {
    host: `unix://${socket}`,
    cut(requestPath) {
      let n = 0
      for (const piped of [...open]) {
        if (piped.path === requestPath) {
          piped.client.destroy()
          piped.daemon.destroy()
          n++
        }
      }
      return n
    },
    async close() {
      for (const piped of open) {
        piped.client.destroy()
        piped.daemon.destroy()
      }
      await new Promise<void>(resolve => server.close(() => resolve()))
      await fs.rm(dir, { recursive: true, force: true })
    }
  }
}
