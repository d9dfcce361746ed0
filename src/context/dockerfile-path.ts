// The Dockerfile of a build: -f when given, else `Dockerfile` in the context, else `dockerfile`, as buildx picks it.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile()
  } catch {
    return false
  }
}

/**
 * The path of the Dockerfile to build, or null when there is none. Without `file`, buildx builds
 * `<context>/Dockerfile` and, when that does not exist, `<context>/dockerfile` (checked on buildx 0.29:
 * with both present, `Dockerfile` wins).
 */
export async function findDockerfile(
  context: string,
  file: string | null | undefined
): Promise<string | null> {
  if (file) return (await isFile(file)) ? file : null
  for (const name of ['Dockerfile', 'dockerfile']) {
    const candidate = path.join(context, name)
    // On a case-insensitive filesystem both names find the same file; keep the one BuildKit would name.
    if (await isFile(candidate)) return candidate
  }
  return null
}
