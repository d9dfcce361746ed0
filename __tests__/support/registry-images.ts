// Pushes small images to a loopback registry from the real engine: FROM scratch plus one file, one or more platforms.
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { execArgs } from './engine.js'

/**
 * Builds `FROM scratch` + a file holding `content` and pushes it as `ref` (no RUN, so any platform
 * builds without emulation). Returns the digest the push recorded: the index digest for several platforms.
 */
export async function pushImage(
  ref: string,
  content: string,
  options: { platforms?: string[]; ociMediaTypes?: boolean } = {}
): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-push-'))
  try {
    await fs.writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY content /content\n')
    await fs.writeFile(path.join(dir, 'content'), content)
    const metadata = path.join(dir, 'metadata.json')
    const args = ['buildx', 'build', '--network', 'none', '--provenance=false', '--metadata-file', metadata]
    if (options.platforms) args.push('--platform', options.platforms.join(','))
    const oci = options.ociMediaTypes === true ? ',oci-mediatypes=true' : ''
    args.push('--output', `type=image,name=${ref},push=true${oci}`, dir)
    const r = await execArgs('docker', args)
    if (r.code !== 0) throw new Error(`pushing ${ref} failed:\n${r.stderr.slice(-3000)}`)
    const json = JSON.parse(await fs.readFile(metadata, 'utf8')) as Record<string, unknown>
    const digest = json['containerimage.digest']
    if (typeof digest !== 'string') throw new Error(`no containerimage.digest in ${JSON.stringify(json)}`)
    return digest
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
