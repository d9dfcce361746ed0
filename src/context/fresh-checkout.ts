// Copies a build context the way a fresh CI checkout would look: same files, other mtimes.
import { constants, promises as fs } from 'node:fs'
import * as path from 'node:path'
import { DockerignoreMatcher } from '../core/dockerignore.js'
import { variedMtime } from '../core/gate.js'

export interface CopyStats {
  files: number
  bytes: number
  /** the mtime given to every copied file and directory, in seconds */
  mtime: number
}

interface Entry {
  rel: string
  kind: 'dir' | 'file' | 'symlink'
  mtimeSec: number
}

async function readIgnore(context: string): Promise<string | null> {
  try {
    return await fs.readFile(path.join(context, '.dockerignore'), 'utf8')
  } catch {
    return null
  }
}

async function walk(context: string, matcher: DockerignoreMatcher): Promise<Entry[]> {
  const entries: Entry[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    const listing = await fs.readdir(path.join(context, dir), { withFileTypes: true })
    for (const d of listing) {
      const rel = dir === '' ? d.name : `${dir}/${d.name}`
      const keep = rel === '.dockerignore' || !matcher.ignores(rel)
      if (d.isDirectory()) {
        // An excluded directory may still hold re-included files when there are `!` patterns.
        if (!keep && !matcher.hasExclusions) continue
        const st = await fs.lstat(path.join(context, rel))
        entries.push({ rel, kind: 'dir', mtimeSec: Math.floor(st.mtimeMs / 1000) })
        pending.push(rel)
      } else if (keep && (d.isFile() || d.isSymbolicLink())) {
        const st = await fs.lstat(path.join(context, rel))
        entries.push({ rel, kind: d.isFile() ? 'file' : 'symlink', mtimeSec: Math.floor(st.mtimeMs / 1000) })
      }
    }
  }
  return entries
}

/** Copies `context` to `dest` honouring .dockerignore (with reflinks where possible), then re-times everything. */
export async function copyAsFreshCheckout(
  context: string,
  dest: string,
  epoch: number,
  nowSec: number
): Promise<CopyStats> {
  const matcher = new DockerignoreMatcher(await readIgnore(context))
  const entries = await walk(context, matcher)
  const mtime = variedMtime(
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
