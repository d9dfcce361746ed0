// Finds and reads the lint config: --config, else .build-lab.yml in the context, else in the working directory.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { BuildLabError } from '../core/errors.js'
import { type LintConfig, parseLintConfig } from '../core/lint/index.js'

export const LINT_CONFIG = '.build-lab.yml'

/** `--config FILE` (must exist), else .build-lab.yml in the context, else in the working directory. */
export async function loadLintConfig(
  file: string | undefined,
  context: string
): Promise<LintConfig | undefined> {
  const candidates = file ? [file] : [...new Set([path.join(context, LINT_CONFIG), LINT_CONFIG])]
  for (const candidate of candidates) {
    let text: string
    try {
      text = await fs.readFile(candidate, 'utf8')
    } catch {
      if (file) throw new BuildLabError(`config ${JSON.stringify(file)} not found: check the --config path`)
      continue
    }
    return parseLintConfig(text, candidate)
  }
  return undefined
}
