// The gate's temporary files: each run's OCI layout, metadata and context copy. Removed when the gate ends,
// except the two compared layouts of a failure, which `build-lab diff` reads.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { copyName, makeTempDir } from '../build/temp-dir.js'

export interface WorkDir {
  dir: string
  /** made by the gate (removed whole when nothing is kept), not given by the caller */
  own: boolean
}

/** What run `n` writes besides its context copy (contextCopyDir): its layout and metadata. */
function runFiles(n: number): string[] {
  return [`run${n}`, `metadata-run${n}.json`]
}

/** Where run `n`'s copy of `context` goes: `context-run<n>-<8 hex>` (build/temp-dir.ts copyName). */
export function contextCopyDir(workDir: string, n: number, context: string): string {
  return path.join(workDir, copyName(`context-run${n}`, context))
}

/** The given directory, else a new `build-lab-*` one under RUNNER_TEMP or the system's temporary directory. */
export async function openWorkDir(given: string | undefined): Promise<WorkDir> {
  if (given !== undefined) {
    await fs.mkdir(given, { recursive: true })
    return { dir: given, own: false }
  }
  return { dir: await makeTempDir('build-lab-'), own: true }
}

/**
 * Removes the files of runs 1 to `runs`, except the layouts named in `keep` (`run1`, `run3`). The caller's
 * own files stay too.
 */
export async function closeWorkDir(work: WorkDir, runs: number, keep: readonly string[]): Promise<void> {
  if (work.own && keep.length === 0) {
    await fs.rm(work.dir, { recursive: true, force: true })
    return
  }
  const prefixes = Array.from({ length: runs }, (_, i) => `context-run${i + 1}-`)
  const copies = (await fs.readdir(work.dir).catch(() => [] as string[])).filter(name =>
    prefixes.some(prefix => name.startsWith(prefix))
  )
  const names = [...Array.from({ length: runs }, (_, i) => runFiles(i + 1)).flat(), ...copies].filter(
    name => !keep.includes(name)
  )
  await Promise.all(names.map(name => fs.rm(path.join(work.dir, name), { recursive: true, force: true })))
}
