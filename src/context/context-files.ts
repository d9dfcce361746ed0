// Lists a build context as BuildKit would send it: .dockerignore applied, symlinks not followed.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { DockerignoreMatcher } from '../core/dockerignore.js'

export interface ContextEntry {
  /** relative to the context, `/` separators */
  rel: string
  /** fifo: named pipes travel with the build context too */
  kind: 'dir' | 'file' | 'symlink' | 'fifo'
  mtimeSec: number
  size: number
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

/** Every directory, file and symlink of the context that the build can see, sorted by path. */
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
        const st = await fs.lstat(path.join(context, rel))
        if (keep) entries.push({ rel, kind: 'dir', mtimeSec: Math.floor(st.mtimeMs / 1000), size: 0 })
        pending.push(rel)
      } else if (keep && (d.isFile() || d.isSymbolicLink() || d.isFIFO())) {
        const st = await fs.lstat(path.join(context, rel))
        entries.push({
          rel,
          kind: d.isFile() ? 'file' : d.isFIFO() ? 'fifo' : 'symlink',
          mtimeSec: Math.floor(st.mtimeMs / 1000),
          size: st.size
        })
      }
    }
  }
  return entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}
