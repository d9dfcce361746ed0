// A flat apt repository on 127.0.0.1: .debs built with dpkg-deb, a Packages index, served over HTTP for --network=host builds.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { execArgs } from './engine.js'

export interface AptPackage {
  name: string
  version: string
  /** image path (no leading slash) → content */
  files: Record<string, string>
}

/** A repository whose Packages index lists exactly the packages last published. */
export class AptRepo {
  private server: Server | null = null
  private dir = ''
  private port = 0

  /** The source line's URL: `deb [trusted=yes] <url> ./` */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`
  }

  async start(): Promise<void> {
    this.dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-apt-'))
    await fs.writeFile(path.join(this.dir, 'Packages'), '')
    const root = this.dir
    this.server = createServer((req, res) => {
      const name = path.basename(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
      fs.readFile(path.join(root, name)).then(
        data => {
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length })
          res.end(data)
        },
        () => {
          res.writeHead(404)
          res.end()
        }
      )
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    const address: AddressInfo | string | null = this.server.address()
    if (address === null || typeof address === 'string') throw new Error('the apt repo has no TCP address')
    this.port = address.port
  }

  /** Builds each package with dpkg-deb and makes the index list exactly these. */
  async publish(packages: AptPackage[]): Promise<void> {
    const stanzas: string[] = []
    for (const p of packages) {
      const tree = await fs.mkdtemp(path.join(this.dir, 'tree-'))
      await fs.mkdir(path.join(tree, 'DEBIAN'))
      await fs.writeFile(
        path.join(tree, 'DEBIAN', 'control'),
        [
          `Package: ${p.name}`,
          `Version: ${p.version}`,
          'Architecture: all',
          'Maintainer: build-lab tests <tests@build-lab.invalid>',
          `Description: ${p.name}, published by the drift test`,
          ''
        ].join('\n')
      )
      for (const [file, content] of Object.entries(p.files)) {
        await fs.mkdir(path.dirname(path.join(tree, file)), { recursive: true })
        await fs.writeFile(path.join(tree, file), content)
      }
      const debName = `${p.name}_${p.version}_all.deb`
      const r = await execArgs('dpkg-deb', [
        '--root-owner-group',
        '--build',
        tree,
        path.join(this.dir, debName)
      ])
      if (r.code !== 0) throw new Error(`dpkg-deb failed: ${r.stderr}`)
      await fs.rm(tree, { recursive: true, force: true })
      const deb = await fs.readFile(path.join(this.dir, debName))
      stanzas.push(
        [
          `Package: ${p.name}`,
          `Version: ${p.version}`,
          'Architecture: all',
          'Maintainer: build-lab tests <tests@build-lab.invalid>',
          `Filename: ./${debName}`,
          `Size: ${deb.length}`,
          `SHA256: ${createHash('sha256').update(deb).digest('hex')}`,
          `Description: ${p.name}, published by the drift test`,
          ''
        ].join('\n')
      )
    }
    await fs.writeFile(path.join(this.dir, 'Packages'), stanzas.join('\n'))
  }

  async close(): Promise<void> {
    const server = this.server
    this.server = null
    if (server !== null) {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
    if (this.dir !== '') await fs.rm(this.dir, { recursive: true, force: true })
  }
}
