// Reads the values of a build's secrets (env vars, files) to make its redactor; the values go nowhere else.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { type BuildArg, secretValues } from '../core/build/args.js'
import type { BuildSecret } from '../core/build/secrets.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { createRedactor, type Redactor } from '../core/redact.js'

/** BuildKit refuses larger secrets (500 KiB). */
export const MAX_SECRET_BYTES = 500 * 1024

/** What decides a build's secrets: its build-args, its BuildKit secrets, and the extra secret names. */
export interface SecretSources {
  buildArgs: readonly BuildArg[]
  secrets?: readonly BuildSecret[]
  secretBuildArgs?: readonly string[]
}

/** The value of one BuildKit secret, as buildx will read it; a missing source is an input error. */
export async function readSecretValue(
  secret: BuildSecret,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  if (secret.from === 'env') {
    const value = env[secret.source]
    if (value === undefined) {
      throw new BuildLabError(
        `secret ${secret.id}: the environment variable ${secret.source} is not set: export it, or pass the secret with src=FILE`
      )
    }
    return value
  }
  let stat
  try {
    stat = await fs.stat(secret.source)
  } catch (error) {
    throw new BuildLabError(
      `secret ${secret.id}: cannot read ${JSON.stringify(secret.source)} (${errorMessage(error)})`
    )
  }
  if (!stat.isFile())
    throw new BuildLabError(`secret ${secret.id}: ${JSON.stringify(secret.source)} is not a file`)
  if (stat.size > MAX_SECRET_BYTES) {
    throw new BuildLabError(
      `secret ${secret.id}: ${JSON.stringify(secret.source)} is ${stat.size} bytes, over BuildKit's limit of ${MAX_SECRET_BYTES}`
    )
  }
  return fs.readFile(secret.source, 'utf8')
}

/** Every value that must never be output: secret build-arg values and the BuildKit secrets' values. */
export async function allSecretValues(
  sources: SecretSources,
  env: NodeJS.ProcessEnv = process.env
): Promise<string[]> {
  const values = secretValues(sources.buildArgs, sources.secretBuildArgs ?? [])
  for (const secret of sources.secrets ?? []) values.push(await readSecretValue(secret, env))
  return values.filter(v => v !== '')
}

/** The redactor for one build request. */
export async function loadRedactor(
  sources: SecretSources,
  env: NodeJS.ProcessEnv = process.env
): Promise<Redactor> {
  return createRedactor({ values: await allSecretValues(sources, env), names: sources.secretBuildArgs ?? [] })
}

/** The secrets as the cache key may see them: their ids, and a sha256 of each value, never the value. */
export async function secretDigests(
  secrets: readonly BuildSecret[],
  env: NodeJS.ProcessEnv = process.env
): Promise<{ id: string; sha256: string }[]> {
  const out = []
  for (const secret of secrets) {
    const sha256 = createHash('sha256')
      .update(await readSecretValue(secret, env))
      .digest('hex')
    out.push({ id: secret.id, sha256 })
  }
  return out
}

/** A thrown value with every secret redacted from its message and detail, keeping the exit code. */
export function redactError(error: unknown, redactor: Redactor): BuildLabError {
  if (error instanceof BuildLabError) {
    return new BuildLabError(redactor.text(error.message), {
      exitCode: error.exitCode,
      // The detail is the tail of a build log.
      ...(error.detail !== undefined ? { detail: redactor.tail(error.detail) } : {})
    })
  }
  return new BuildLabError(redactor.text(errorMessage(error)))
}
