// Where the lab keeps its results and cache: outside the build context, in a directory keyed by the context's path.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { LEGACY_STATE_DIR } from '../context/tool-state.js'
import { pathExists } from '../context/context-files.js'

/** `$XDG_STATE_HOME/build-lab`, or `~/.local/state/build-lab` when it is unset or not absolute (as the spec says). */
export function stateRoot(env: NodeJS.ProcessEnv, home: string = os.homedir()): string {
  const xdg = env.XDG_STATE_HOME
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'state')
  return path.join(base, 'build-lab')
}

/** A directory name for a context: its base name (made safe) and a hash of its absolute path. */
export function contextKey(absContext: string): string {
  const name =
    path
      .basename(absContext)
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .slice(0, 40) || 'root'
  const hash = createHash('sha256').update(absContext).digest('hex').slice(0, 16)
  return `${name}-${hash}`
}

/** The default results file of a context: `<state root>/<context key>/results.jsonl`. */
export function defaultResultsFile(context: string, env: NodeJS.ProcessEnv): string {
  return path.join(stateRoot(env), contextKey(path.resolve(context)), 'results.jsonl')
}

/** The results file of the old layout, `<context>/.build-lab/results.jsonl`. */
export function legacyResultsFile(context: string): string {
  return path.join(path.resolve(context), LEGACY_STATE_DIR, 'results.jsonl')
}

/**
 * Moves the results of the old layout to `results` when only the old file exists, and says what it did;
 * null when there was nothing to move. The old cache stays where it is (builds leave it out).
 */
export async function migrateLegacyResults(context: string, results: string): Promise<string | null> {
  const legacy = legacyResultsFile(context)
  if (!(await pathExists(legacy))) return null
  const dir = path.dirname(legacy)
  if (await pathExists(results)) {
    return `${dir} holds results of an older build-lab; the results now live in ${results}. Builds leave ${LEGACY_STATE_DIR}/ out; delete it when you no longer need it`
  }
  await fs.mkdir(path.dirname(results), { recursive: true })
  await fs.copyFile(legacy, results)
  await fs.rm(legacy)
  return `moved the results of an older build-lab from ${legacy} to ${results}. Builds leave ${LEGACY_STATE_DIR}/ out; delete it (its cache is no longer used)`
}

/** The results to read for compare and report: the given file, else the context's, else the old layout's. */
export async function resultsToRead(
  given: string | undefined,
  context: string,
  env: NodeJS.ProcessEnv
): Promise<string> {
  if (given !== undefined) return given
  const current = defaultResultsFile(context, env)
  if (await pathExists(current)) return current
  const legacy = legacyResultsFile(context)
  return (await pathExists(legacy)) ? legacy : current
}
