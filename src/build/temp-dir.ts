// Where build-lab's temporary directories go: the runner's temporary directory in Actions, else the system's.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** RUNNER_TEMP (cleaned after every Actions job) when set, else the system's temporary directory. */
export function tempRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || os.tmpdir()
}

/** A new empty directory `<tempRoot>/<prefix>XXXXXX`. */
export async function makeTempDir(prefix: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return fs.mkdtemp(path.join(tempRoot(env), prefix))
}

/**
 * `<label>-<8 hex of the source path>`: the name of a copy of the context at `source`. BuildKit keeps what
 * it synced of a local context under the directory's name and sends only files whose size or mtime
 * changed, so copies of two contexts under one name with equal sizes and mtimes (two gates on one daemon in
 * the same second) would get each other's files. One name per source: the same context's copies reuse
 * BuildKit's record of it instead of adding one per run.
 */
export function copyName(label: string, source: string): string {
  return `${label}-${createHash('sha256').update(path.resolve(source)).digest('hex').slice(0, 8)}`
}
