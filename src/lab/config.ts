// Finds and reads build-lab.yml (or --config) into a checked LabConfig.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { BuildLabError, errorMessage, isNotFound } from '../core/errors.js'
import { type LabConfig, parseLabConfig } from '../core/lab/scenario.js'

export const DEFAULT_CONFIG = 'build-lab.yml'

/**
 * The config at `file`, which must exist; or, when not given, build-lab.yml in the working directory when
 * there is one. Null when there is no config: the built-in scenarios apply.
 */
export async function loadLabConfig(file: string | null, cwd: string): Promise<LabConfig | null> {
  const target = file ?? path.join(cwd, DEFAULT_CONFIG)
  let text: string
  try {
    text = await fs.readFile(target, 'utf8')
  } catch (error) {
    const missing = isNotFound(error)
    if (missing && file === null) return null
    throw new BuildLabError(
      missing
        ? `config ${file} not found: check the --config path`
        : `cannot read ${target}: ${errorMessage(error)}`
    )
  }
  return parseLabConfig(text, file ?? DEFAULT_CONFIG)
}
