// Registry credentials from the docker config: inline `auths`, or a `docker-credential-*` helper run with a time bound.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { type Credential, credentialFromHelper, credentialSource } from '../core/registry/auth.js'

/** Credentials for a registry (as Docker names it), or null for anonymous access. */
export type CredentialLookup = (registry: string) => Promise<Credential | null>

const HELPER_TIMEOUT_MS = 10_000

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['DOCKER_CONFIG'] ?? path.join(os.homedir(), '.docker')
  return path.join(dir, 'config.json')
}

async function readConfig(file: string): Promise<unknown> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch {
    return null
  }
  try {
    return JSON.parse(text)
  } catch {
    // Docker itself refuses a broken config; for a read-only lookup anonymous access is the safe answer.
    return null
  }
}

function runHelper(helper: string, serverUrl: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise(resolve => {
    const child = execFile(
      `docker-credential-${helper}`,
      ['get'],
      { env, timeout: HELPER_TIMEOUT_MS, maxBuffer: 64 * 1024 },
      (error, stdout) => resolve(error ? null : stdout)
    )
    child.stdin?.end(serverUrl)
  })
}

/**
 * Reads the docker config on each call (it is small), so `docker login` between two calls counts.
 * A helper that fails or knows nothing about the registry means anonymous access, as in Docker.
 */
export function dockerCredentials(env: NodeJS.ProcessEnv = process.env): CredentialLookup {
  return async registry => {
    const source = credentialSource(await readConfig(dockerConfigPath(env)), registry)
    if (source.kind === 'inline') return source.credential
    if (source.kind === 'helper') {
      const out = await runHelper(source.helper, source.serverUrl, env)
      return out === null ? null : credentialFromHelper(out)
    }
    return null
  }
}
