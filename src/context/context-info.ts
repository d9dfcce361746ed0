// Measures a build context for the linter: its top-level entries with sizes, and what the build sends.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { ContextInfo } from '../core/lint/index.js'
import { listContext, readDockerignore } from './context-files.js'

async function treeSize(p: string): Promise<number> {
  const st = await fs.lstat(p)
  if (!st.isDirectory()) return st.size
  let total = 0
  const pending = [p]
  while (pending.length > 0) {
    const dir = pending.pop() as string
    for (const d of await fs.readdir(dir, { withFileTypes: true })) {
      const child = path.join(dir, d.name)
      if (d.isDirectory()) pending.push(child)
      else total += (await fs.lstat(child)).size
    }
  }
  return total
}

/** Manifests the rules read (BL010: does package.json declare devDependencies?), when small enough. */
const MANIFESTS = ['package.json']
const MAX_MANIFEST_BYTES = 1_048_576

export async function describeContext(context: string, dockerfile?: string): Promise<ContextInfo> {
  const dockerignore = await readDockerignore(context, dockerfile)
  const top = await fs.readdir(context, { withFileTypes: true })
  const entries = []
  for (const d of top) {
    entries.push({
      path: d.isDirectory() ? `${d.name}/` : d.name,
      size: await treeSize(path.join(context, d.name))
    })
  }
  const sent = await listContext(context, dockerignore)
  const files: Record<string, string> = {}
  for (const name of MANIFESTS) {
    try {
      const st = await fs.stat(path.join(context, name))
      if (st.isFile() && st.size <= MAX_MANIFEST_BYTES)
        files[name] = await fs.readFile(path.join(context, name), 'utf8')
    } catch {
      // not there
    }
  }
  return {
    files,
    hasDockerignore: dockerignore !== null,
    ...(dockerignore !== null ? { dockerignore } : {}),
    entries,
    totalBytes: sent.reduce((sum, e) => sum + e.size, 0)
  }
}
