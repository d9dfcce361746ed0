// Copies a build context the way a fresh CI checkout would look: same files, other mtimes.
import { constants, promises as fs } from 'node:fs'
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { listContext, readDockerignore } from './context-files.js'
import { variedMtime } from '../core/gate.js'

export interface CopyStats {
  files: number
  bytes: number
  /** the mtime given to every copied file and directory, in seconds */
  mtime: number
}

export interface CopyOptions {
  dockerfile?: string
  /** the mtime to give every entry; default: variedMtime() of the originals */
  mtime?: number
}

/** How many entries the build can see carry an mtime older than the epoch (a fresh checkout has none). */
export async function countOlderThan(context: string, epoch: number, dockerfile?: string): Promise<number> {
  const listed = await listContext(context, await readDockerignore(context, dockerfile))
  return listed.filter(e => e.mtimeSec < epoch).length
}

/** Copies `context` to `dest` honouring .dockerignore (with reflinks where possible), then re-times everything. */
export async function copyAsFreshCheckout(
  context: string,
  dest: string,
  epoch: number,
  nowSec: number,
  options: CopyOptions = {}
): Promise<CopyStats> {
  const { dockerfile } = options
  const listed = await listContext(context, await readDockerignore(context, dockerfile))
  // Directories that are themselves ignored but hold re-included files still have to exist in the copy.
  const dirs = new Set(listed.filter(e => e.kind === 'dir').map(e => e.rel))
  const entries = [...listed]
  for (const e of listed) {
    const parts = e.rel.split('/')
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      if (!dirs.has(dir)) {
        dirs.add(dir)
        entries.push({ rel: dir, kind: 'dir', mtimeSec: e.mtimeSec, size: 0 })
      }
    }
  }
  entries.sort((x, y) => x.rel.length - y.rel.length)
  const mtime =
    options.mtime ??
    variedMtime(
      epoch,
      entries.map(e => e.mtimeSec),
      nowSec
    )
  await fs.mkdir(dest, { recursive: true })
  let files = 0
  let bytes = 0
  for (const e of entries) {
    const from = path.join(context, e.rel)
    const to = path.join(dest, e.rel)
    if (e.kind === 'dir') {
      await fs.mkdir(to, { recursive: true })
    } else if (e.kind === 'symlink') {
      await fs.symlink(await fs.readlink(from), to)
    } else if (e.kind === 'fifo') {
      // Node cannot make a named pipe; BuildKit sends them, so the copy must have them too.
      await promisify(execFile)('mkfifo', [to])
    } else {
      await fs.copyFile(from, to, constants.COPYFILE_FICLONE)
      bytes += (await fs.stat(to)).size
      files++
    }
  }
  // Directories last and deepest first, so creating children does not move their mtimes again.
  const ordered = [...entries].sort(
    (a, b) => Number(a.kind === 'dir') - Number(b.kind === 'dir') || b.rel.length - a.rel.length
  )
  for (const e of ordered) await fs.lutimes(path.join(dest, e.rel), mtime, mtime)
  await fs.utimes(dest, mtime, mtime)
  return { files, bytes, mtime }
}
