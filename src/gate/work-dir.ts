// The gate's temporary files: each run's OCI layout, metadata and context copy. Removed when the gate ends,
// except the two compared layouts of a failure, which `build-lab diff` reads.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir, uniqueName } from '../build/temp-dir.js'

export interface WorkDir {
  dir: string
  /** made by the gate (removed whole when nothing is kept), not given by the caller */
  own: boolean
  /** the names of this gate's context copies (uniqueName): context-run<n>-<8 hex> */
  copyLabel: string
}

/** Where run `n`'s copy of the context goes. */
export function contextCopyDir(work: WorkDir, n: number): string {
  return path.join(work.dir, copyName(work, n))
}

function copyName(work: WorkDir, n: number): string {
  return `${work.copyLabel}${n}`
}

/** What run `n` writes: its layout, then its context copy and metadata. */
function runFiles(work: WorkDir, n: number): string[] {
  return [`run${n}`, copyName(work, n), `metadata-run${n}.json`]
}

/** The given directory, else a new `build-lab-*` one under RUNNER_TEMP or the system's temporary directory. */
export async function openWorkDir(given: string | undefined): Promise<WorkDir> {
  if (given !== undefined) {
    await fs.mkdir(given, { recursive: true })
    return { dir: given, own: false, copyLabel: copyLabel() }
  }
  return { dir: await makeTempDir('build-lab-'), own: true, copyLabel: copyLabel() }
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
  const names = Array.from({ length: runs }, (_, i) => runFiles(work, i + 1))
    .flat()
    .filter(name => !keep.includes(name))
  await Promise.all(names.map(name => fs.rm(path.join(work.dir, name), { recursive: true, force: true })))
}

/** `context-<8 hex>-run`: one per gate, so no two gates' copies share a name. */
function copyLabel(): string {
  return `${uniqueName('context')}-run`
}
