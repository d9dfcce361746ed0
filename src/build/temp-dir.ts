// Where build-lab's temporary directories go: the runner's temporary directory in Actions, else the system's.
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
