// Lists a build context as BuildKit would send it: .dockerignore applied, symlinks not followed.
import { promises as fs, type Stats } from 'node:fs'
import * as path from 'node:path'
import { DockerignoreMatcher } from '../core/context/dockerignore.js'

/** Named pipes, sockets and device nodes travel with the build context too (see fresh-checkout.ts). */
export type ContextKind = 'dir' | 'file' | 'symlink' | 'fifo' | 'socket' | 'char' | 'block'

export interface ContextEntry {
  /** relative to the context, `/` separators */
  rel: string
  kind: ContextKind
  mtimeSec: number
  size: number
  /** permission bits with setuid, setgid and sticky (`st_mode & 07777`) */
  mode: number
  uid: number
  gid: number
  /** `dev:ino` of a regular file with more than one link, so that a copy can keep the hard links */
  inode: string | null
  /** the device number of a char or block device */
  rdev: number
}

/** What kind of context entry a stat describes; null for none that BuildKit sends. */
export function kindOf(st: Stats): ContextKind | null {
  if (st.isDirectory()) return 'dir'
  if (st.isFile()) return 'file'
  if (st.isSymbolicLink()) return 'symlink'
  if (st.isFIFO()) return 'fifo'
  if (st.isSocket()) return 'socket'
  if (st.isCharacterDevice()) return 'char'
  if (st.isBlockDevice()) return 'block'
  return null
}

function entryOf(rel: string, st: Stats, kind: ContextKind): ContextEntry {
  return {
    rel,
    kind,
    mtimeSec: Math.floor(st.mtimeMs / 1000),
    size: kind === 'dir' ? 0 : st.size,
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    inode: kind === 'file' && st.nlink > 1 ? `${st.dev}:${st.ino}` : null,
    rdev: kind === 'char' || kind === 'block' ? st.rdev : 0
  }
}

/** Whether something exists at `p` (a dangling symlink counts). */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p)
    return true
  } catch {
    return false
  }
}

/** The .dockerignore BuildKit uses: `<Dockerfile>.dockerignore` first, then the context's. */
export async function readDockerignore(context: string, dockerfile?: string): Promise<string | null> {
  const candidates = [
    ...(dockerfile ? [`${dockerfile}.dockerignore`] : []),
    path.join(context, '.dockerignore')
  ]
  for (const file of candidates) {
    try {
      return await fs.readFile(file, 'utf8')
    } catch {
      // try the next one
    }
  }
  return null
}

/** Every entry of the context that the build can see (directories, files, links, special files), sorted by path. */
export async function listContext(context: string, dockerignore: string | null): Promise<ContextEntry[]> {
  const matcher = new DockerignoreMatcher(dockerignore)
  const entries: ContextEntry[] = []
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
        if (keep) entries.push(entryOf(rel, await fs.lstat(path.join(context, rel)), 'dir'))
        pending.push(rel)
      } else if (keep) {
        const st = await fs.lstat(path.join(context, rel))
        const kind = kindOf(st)
        if (kind !== null && kind !== 'dir') entries.push(entryOf(rel, st, kind))
      }
    }
  }
  return entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}
