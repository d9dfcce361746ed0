// Keeps build-lab's own files (and .git) out of every build context it sends: a Dockerfile-specific .dockerignore.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { DockerignoreMatcher } from '../core/context/dockerignore.js'
import { pathExists, readDockerignore } from './context-files.js'

/** Where build-lab kept its results and cache inside the working directory before they moved out of it. */
export const LEGACY_STATE_DIR = '.build-lab'

/**
 * What no build of build-lab sees, relative to the context: the old state directory, and `.git`, which
 * differs between any two checkouts, so an image that copies it could never be reproduced.
 */
export const NEVER_SENT: readonly string[] = [LEGACY_STATE_DIR, '.git']

/** Why, for the log line that names what was left out. */
export const NEVER_SENT_WHY =
  "build-lab's own state and git metadata, which no two checkouts share; add them to .dockerignore to silence this"

/** `inside`, relative to `context` with `/` separators, when it lies inside it; else null. */
export function insideContext(context: string, inside: string): string | null {
  const rel = path.relative(path.resolve(context), path.resolve(inside))
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null
  return rel.split(path.sep).join('/')
}

/**
 * The paths under `context` the build must not see and the .dockerignore does not already leave out: those
 * of NEVER_SENT that exist, and `owned` (build-lab's own results, cache and work paths, absolute), which
 * may not exist yet.
 */
export async function excludedPaths(
  context: string,
  dockerfile: string,
  owned: readonly string[] = []
): Promise<string[]> {
  const matcher = new DockerignoreMatcher(await readDockerignore(context, dockerfile))
  const present: string[] = []
  for (const rel of NEVER_SENT) if (await pathExists(path.join(context, rel))) present.push(rel)
  const own = owned.map(p => insideContext(context, p)).filter((p): p is string => p !== null)
  return [...new Set([...present, ...own])].filter(rel => !matcher.ignores(rel)).sort()
}

/** Whether a context-relative path is one of `excluded` or lies below one. */
export function isExcluded(rel: string, excluded: readonly string[]): boolean {
  return excluded.some(e => rel === e || rel.startsWith(`${e}/`))
}

/**
 * The Dockerfile to pass so that BuildKit leaves `excluded` out of the context: the original when there is
 * nothing to leave out, else a copy in `dir` with a `<name>.dockerignore` beside it (BuildKit reads that one
 * instead of the context's), holding the context's patterns followed by the exclusions.
 */
export async function dockerfileExcluding(
  context: string,
  dockerfile: string,
  excluded: readonly string[],
  dir: string
): Promise<string> {
  if (excluded.length === 0) return dockerfile
  const own = (await readDockerignore(context, dockerfile)) ?? ''
  const copy = path.join(dir, path.basename(dockerfile))
  await fs.mkdir(dir, { recursive: true })
  await fs.copyFile(dockerfile, copy)
  const patterns = excluded.map(e => `/${e.replace(/[\\*?[]/g, c => `\\${c}`)}`)
  const text = `${own}${own === '' || own.endsWith('\n') ? '' : '\n'}# left out by build-lab\n${patterns.join('\n')}\n`
  await fs.writeFile(`${copy}.dockerignore`, text)
  return copy
}
