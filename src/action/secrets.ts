// The action's secrets: masks every secret value in the runner log, and writes `secrets` values to private files.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { BuildSecret } from '../core/build/secrets.js'
import { secretNeedles } from '../core/redact.js'
import { allSecretValues, type SecretSources } from '../buildkit/secrets.js'

export interface WrittenSecrets {
  /** one `src=` secret per `secrets` line, in a 0600 file */
  secrets: BuildSecret[]
  /** removes the files; safe to call more than once */
  remove(): Promise<void>
}

/**
 * Writes each `id=value` of the `secrets` input to its own 0600 file in a 0700 directory under RUNNER_TEMP,
 * for `buildx --secret id=<id>,src=<file>`. The caller removes them when the builds are done.
 */
export async function writeSecretFiles(
  values: readonly { id: string; value: string }[],
  tempRoot: string = process.env.RUNNER_TEMP || os.tmpdir()
): Promise<WrittenSecrets> {
  if (values.length === 0) return { secrets: [], remove: async () => undefined }
  const dir = await fs.mkdtemp(path.join(tempRoot, 'build-lab-secrets-'))
  const remove = (): Promise<void> => fs.rm(dir, { recursive: true, force: true })
  try {
    await fs.chmod(dir, 0o700)
    const secrets: BuildSecret[] = []
    for (const [i, { id, value }] of values.entries()) {
      // The file is named by position, not by id: the directory listing says nothing about the secrets.
      const file = path.join(dir, String(i))
      await fs.writeFile(file, value, { mode: 0o600, flag: 'wx' })
      secrets.push({ id, from: 'file', source: file })
    }
    return { secrets, remove }
  } catch (error) {
    await remove()
    throw error
  }
}

/** Registers every secret value (and each line of a multi-line one) with the runner, so its log masks them. */
export async function maskSecrets(sources: SecretSources): Promise<void> {
  const values = await allSecretValues(sources)
  for (const value of new Set([...values, ...secretNeedles(values)])) core.setSecret(value)
}
