// Reads the context's file hashes for the input record, and keeps the record in the cache directory it describes.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, readlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { listContext, readDockerignore } from '../context/context-files.js'
import { errorMessage } from '../core/errors.js'
import type { BuildArg } from '../core/build/args.js'
import type { BuildSettings, CacheOrigin } from '../core/miss/explain.js'
import { INPUT_RECORD_FILE, type InputRecord, parseInputRecord, recordInputs } from '../core/miss/inputs.js'
import { type MissReport, missReport } from '../core/miss/report.js'
import type { Step } from '../core/progress.js'

/** Files hashed per build; a bigger context is recorded in part (the record says how many files it saw). */
const MAX_HASHED_FILES = 100_000

/** The sha256 of every file (and link target) the build can see, by context-relative path. */
export async function hashContextFiles(context: string, dockerfile: string): Promise<Map<string, string>> {
  const entries = await listContext(context, await readDockerignore(context, dockerfile))
  const hashes = new Map<string, string>()
  for (const e of entries) {
    if (hashes.size >= MAX_HASHED_FILES) break
    const full = path.join(context, e.rel)
    if (e.kind === 'symlink') {
      hashes.set(
        e.rel,
        createHash('sha256')
          .update(`link:${await readlink(full)}`)
          .digest('hex')
      )
    } else if (e.kind === 'file') {
      const hash = createHash('sha256')
      for await (const chunk of createReadStream(full)) hash.update(chunk as Buffer)
      hashes.set(e.rel, hash.digest('hex'))
    }
  }
  return hashes
}

/** The record kept in a cache directory; null when there is none or it is not a record. */
export async function readInputRecord(dir: string | null): Promise<InputRecord | null> {
  if (dir === null) return null
  try {
    return parseInputRecord(await readFile(path.join(dir, INPUT_RECORD_FILE), 'utf8'))
  } catch {
    return null
  }
}

/** Writes the record into the cache directory, so that it is saved and restored with it. Never throws. */
export async function writeInputRecord(dir: string, record: InputRecord): Promise<string | null> {
  try {
    await writeFile(path.join(dir, INPUT_RECORD_FILE), JSON.stringify(record) + '\n')
    return null
  } catch (error) {
    return errorMessage(error)
  }
}

/** What a build needs to explain its misses: where its cache came from and where the next record goes. */
export interface MissContext {
  /** the record restored with the cache; null when there was none */
  previous: InputRecord | null
  origin: CacheOrigin
  /** the cache directory the build exported to, where its own record is written; null: not kept */
  recordDir: string | null
}

/**
 * Records the inputs of a finished build, explains the steps that ran, and writes the record beside the
 * cache it exported. `files` are the context's file hashes (hashContextFiles). Never throws: a failure
 * leaves the build without an explanation, and says why.
 */
export async function explainBuild(input: {
  dockerfileText: string
  buildArgs: readonly BuildArg[]
  epoch: number
  files: ReadonlyMap<string, string>
  steps: readonly Step[]
  miss: MissContext
  build: BuildSettings
}): Promise<{ report: MissReport | null; problem: string | null }> {
  try {
    const current = recordInputs({
      dockerfile: input.dockerfileText,
      buildArgs: input.buildArgs,
      epoch: input.epoch,
      files: input.files,
      steps: input.steps
    })
    const report = missReport({
      steps: input.steps,
      current,
      previous: input.miss.previous,
      origin: input.miss.origin,
      build: input.build
    })
    const problem =
      input.miss.recordDir === null ? null : await writeInputRecord(input.miss.recordDir, current)
    return { report, problem: problem === null ? null : `the input record was not kept: ${problem}` }
  } catch (error) {
    return { report: null, problem: `the cache misses could not be explained: ${errorMessage(error)}` }
  }
}
