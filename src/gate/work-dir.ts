// The gate's temporary files: both OCI layouts, their metadata and the context copies. Removed when the gate
// ends, except the layouts of a failure, which `build-lab diff` reads.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir } from '../build/temp-dir.js'

export interface WorkDir {
  dir: string
  /** made by the gate (removed whole when nothing is kept), not given by the caller */
  own: boolean
}

export const LAYOUTS = ['run1', 'run2'] as const
const TEMPORARY = ['context-run1', 'context-run2', 'metadata-run1.json', 'metadata-run2.json'] as const

/** The given directory, else a new `build-lab-*` one under RUNNER_TEMP or the system's temporary directory. */
export async function openWorkDir(given: string | undefined): Promise<WorkDir> {
  if (given !== undefined) {
    await fs.mkdir(given, { recursive: true })
    return { dir: given, own: false }
  }
  return { dir: await makeTempDir('build-lab-'), own: true }
}

/** Removes the gate's files; with `keepLayouts`, run1/ and run2/ stay. The caller's own files stay too. */
export async function closeWorkDir(work: WorkDir, keepLayouts: boolean): Promise<void> {
  if (work.own && !keepLayouts) {
    await fs.rm(work.dir, { recursive: true, force: true })
    return
  }
  const names = keepLayouts ? TEMPORARY : [...TEMPORARY, ...LAYOUTS]
  await Promise.all(names.map(name => fs.rm(path.join(work.dir, name), { recursive: true, force: true })))
}
