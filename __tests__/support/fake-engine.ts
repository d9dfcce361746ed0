// A fake engine for orchestrator tests: it replays progress streams and metadata recorded from real builds.
import { promises as fs, readFileSync } from 'node:fs'
import type { Engine } from '../../src/buildkit/engine.js'
import type { EngineFacts } from '../../src/core/buildkit/engine-check.js'

const progress = (name: string) =>
  readFileSync(new URL(`../unit/fixtures/progress/${name}.rawjson`, import.meta.url))
const metadata = readFileSync(
  new URL('../unit/fixtures/metadata/single-platform.json', import.meta.url),
  'utf8'
)

export const FIT: EngineFacts = {
  dockerVersion: '26.1.5+dfsg1',
  buildxVersion: '0.13.1+ds1',
  buildkitReported: 'v0.0.0+unknown',
  driver: 'docker',
  containerdStore: true,
  host: 'unix:///fake.sock'
}

export interface Scripted {
  stream: string
  exitCode: number
  /** the digest written to the metadata file */
  digest?: string
}

export function argAfter(args: string[], flag: string): string {
  const i = args.indexOf(flag)
  if (i < 0) throw new Error(`no ${flag} in ${args.join(' ')}`)
  return args[i + 1]
}

/** An engine that plays one scripted build per call, in 7-byte chunks as a pipe might deliver them. */
export function fakeEngine(facts: EngineFacts, builds: Scripted[]): Engine & { calls: string[][] } {
  const calls: string[][] = []
  return {
    calls,
    facts: async () => facts,
    run: async (args, onStderr) => {
      calls.push(args)
      const b = builds.shift()
      if (!b) throw new Error('unexpected build')
      const bytes = progress(b.stream)
      for (let i = 0; i < bytes.length; i += 7) onStderr(bytes.subarray(i, i + 7))
      if (b.exitCode === 0) {
        const meta = b.digest
          ? metadata.replace(/"containerimage.digest": "[^"]+"/, `"containerimage.digest": "${b.digest}"`)
          : metadata
        await fs.writeFile(argAfter(args, '--metadata-file'), meta)
      }
      return b.exitCode
    }
  }
}
