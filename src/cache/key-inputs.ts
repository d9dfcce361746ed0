// Reads what the cache key hashes from disk: the Dockerfile, its .dockerignore and the context's lockfiles.

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, readlink } from 'node:fs/promises'
import path from 'node:path'
import { type ContextEntry, listContext, readDockerignore } from '../context/context-files.js'
import { isLockfile } from '../core/context/lockfiles.js'

/** The file-backed part of `CacheKeyInputs` (core/cache/key.ts). */
export interface KeyFiles {
  dockerfile: string
  dockerignore: string | null
  /** Relative to the context, `/` separators, sorted. */
  lockfiles: { path: string; content: string }[]
  /** sha256 of every file the build can see (paths and contents, not mtimes) */
  sources: string
}

export interface CollectOptions {
  /** Directory levels below the context to search; default 4. */
  maxDepth?: number
  /** Stop after this many lockfiles; default 64. */
  maxLockfiles?: number
}

const SKIPPED_DIRS = new Set(['node_modules', '.git'])

/**
 * Reads the Dockerfile (throws when it cannot: the build could not run either), the `.dockerignore`
 * BuildKit would use, the lockfiles, and a digest of every file the build can see, so that a
 * source-only edit changes only the last part of the key.
 */
export async function collectKeyInputs(
  context: string,
  dockerfilePath: string,
  options: CollectOptions = {}
): Promise<KeyFiles> {
  const dockerfile = await readFile(dockerfilePath, 'utf8')
  const dockerignore = await readDockerignore(context, dockerfilePath)
  const entries = await listContext(context, dockerignore)
  const maxDepth = options.maxDepth ?? 4
  const found = entries
    .filter(e => e.kind === 'file' && isLockfile(e.rel))
    .filter(e => e.rel.split('/').length - 1 <= maxDepth && !e.rel.split('/').some(p => SKIPPED_DIRS.has(p)))
    .slice(0, options.maxLockfiles ?? 64)
  const lockfiles = []
  for (const e of found) {
    const content = await readOptional(path.join(context, e.rel))
    if (content !== null) lockfiles.push({ path: e.rel, content })
  }
  return { dockerfile, dockerignore, lockfiles, sources: await hashContext(context, entries) }
}

/** sha256 over each visible entry's path, kind, and content or link target; mtimes are left out. */
async function hashContext(context: string, entries: ContextEntry[]): Promise<string> {
  const hash = createHash('sha256')
  for (const e of entries) {
    hash.update(`${e.kind}\0${e.rel}\0`)
    const full = path.join(context, e.rel)
    if (e.kind === 'symlink') hash.update(await readlink(full))
    else if (e.kind === 'file') {
      hash.update(`${e.size}\0`)
      for await (const chunk of createReadStream(full)) hash.update(chunk as Buffer)
    }
    hash.update('\0')
  }
  return hash.digest('hex')
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return null
  }
}
