// An artifact store kept in a directory, for tests where the Actions artifact service is not what they check.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { ArtifactStore, StoredArtifact } from '../../src/crossrunner/artifact-store.js'

/** Artifacts kept in a directory: the Actions artifact service stands outside what this test checks. */
export function directoryStore(root: string): ArtifactStore {
  const stored: StoredArtifact[] = []
  return {
    async upload(name, files, rootDir) {
      const dir = path.join(root, name)
      for (const f of files) {
        const dest = path.join(dir, path.relative(rootDir, f))
        await fs.mkdir(path.dirname(dest), { recursive: true })
        await fs.copyFile(f, dest)
      }
      const a = { id: stored.length + 1, name, size: 0 }
      stored.push(a)
      return a
    },
    list: async () => [...stored],
    async download(id, dir) {
      const a = stored.find(x => x.id === id)
      if (a === undefined) throw new Error(`no artifact ${id}`)
      await fs.cp(path.join(root, a.name), dir, { recursive: true })
    }
  }
}
