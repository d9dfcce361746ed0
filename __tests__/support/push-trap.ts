// A loopback HTTP proxy in front of a test registry that holds the first blob upload of each client, so a test can kill the registry mid-push.
import { createServer, request, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * One proxy per client (each gate gets its own host:port, so the proxy knows whose push it holds).
 * Everything is forwarded to the registry until the client starts a blob upload
 * (`POST|PATCH|PUT .../blobs/uploads/`): that request is held, unanswered. `spring()` then drops the
 * held requests and closes the proxy, so every later request is refused, as by a dead registry.
 */
export class PushTrap {
  private server: Server | null = null
  private held: ServerResponse[] = []
  private trippedOnce: () => void = () => undefined
  /** Resolves once this client has started a blob upload. */
  readonly tripped: Promise<void>
  port = 0

  constructor(private readonly upstream: string) {
    this.tripped = new Promise(resolve => {
      this.trippedOnce = resolve
    })
  }

  get host(): string {
    return `127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    const [upHost, upPort] = this.upstream.split(':')
    const server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD' && /\/blobs\/uploads\//.test(req.url ?? '')) {
        this.held.push(res)
        this.trippedOnce()
        return
      }
      const forward = request(
        { host: upHost, port: Number(upPort), method: req.method, path: req.url, headers: req.headers },
        upstream => {
          res.writeHead(upstream.statusCode ?? 502, upstream.headers)
          upstream.pipe(res)
        }
      )
      forward.on('error', () => res.destroy())
      req.pipe(forward)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    this.port = (server.address() as AddressInfo).port
    this.server = server
  }

  /** Drops the held uploads and refuses every connection from now on. */
  async spring(): Promise<void> {
    for (const res of this.held) res.destroy()
    this.held = []
    const server = this.server
    this.server = null
    if (server === null) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
}
