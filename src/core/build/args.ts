// Build-arg parsing and the rule for which values must never be printed.
import { BuildLabError } from '../errors.js'

export interface BuildArg {
  name: string
  value: string
}

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const SECRET_WORDS = new Set([
  'TOKEN',
  'PASSWORD',
  'PASSWD',
  'SECRET',
  'SECRETS',
  'KEY',
  'APIKEY',
  'ACCESSKEY',
  'PRIVATEKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'AUTHTOKEN',
  'PAT'
])
// Words that make a name public though it holds a secret word: GPG_KEY is a fingerprint, TOKEN_URL an address.
const NOT_SECRET_WORDS = new Set([
  'PUBLIC',
  'PUB',
  'GPG',
  'PGP',
  'FINGERPRINT',
  'ID',
  'FILE',
  'PATH',
  'URL',
  'URI',
  'SERVER',
  'NAME',
  'DIR',
  'TYPE',
  'SIZE',
  'LENGTH',
  'ALGORITHM',
  'HEADER',
  'ENDPOINT',
  'KEYRING',
  'VERSION'
])
// A word that glues a secret word to another (NPMTOKEN, DBPASSWORD); KEY is left out, or MONKEY would be secret.
const SECRET_SUFFIX = /(TOKEN|PASSWORD|PASSWD|SECRET)$/

/**
 * The one rule for names that hold secrets (NPM_TOKEN, dbPassword, API_KEY, NPMTOKEN; not GPG_KEY, KEY_URL,
 * MONKEY): their values are never printed, and lint asks to pass them as BuildKit secrets.
 */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[_\-.]+/)
    .filter(w => w !== '')
  if (words.some(w => NOT_SECRET_WORDS.has(w))) return false
  return words.some(w => SECRET_WORDS.has(w) || SECRET_SUFFIX.test(w))
}

/** Parses `NAME=value` entries (value may be empty or contain `=`). Blank lines and `#` comments are skipped. */
export function parseBuildArgs(entries: readonly string[], origin = 'build-arg'): BuildArg[] {
  const args: BuildArg[] = []
  for (const raw of entries) {
    const entry = raw.replace(/\r$/, '')
    if (entry.trim() === '' || entry.trimStart().startsWith('#')) continue
    const eq = entry.indexOf('=')
    if (eq <= 0) {
      const name = entry.trim()
      throw new BuildLabError(
        `${origin} ${JSON.stringify(isSecretName(name) ? '<redacted>' : name)} has no "=": write it as NAME=value (use NAME= for an empty value)`
      )
    }
    const name = entry.slice(0, eq).trim()
    if (!NAME_PATTERN.test(name)) {
      throw new BuildLabError(
        `${origin} name ${JSON.stringify(name)} is not valid: use letters, digits and underscores, as in NAME=value`
      )
    }
    args.push({ name, value: entry.slice(eq + 1) })
  }
  return args
}

/** Splits a newline-separated action input into entries. */
export function splitLines(input: string): string[] {
  return input.split('\n')
}

/** Whether a build-arg's value is secret: its name looks it, or `secret-build-args` / `--secret-build-arg` names it. */
export function isSecretArg(name: string, secretNames: readonly string[] = []): boolean {
  return isSecretName(name) || secretNames.includes(name)
}

/** `NAME=value`, or `NAME=***` when the value is secret. */
export function displayBuildArg(arg: BuildArg, secretNames: readonly string[] = []): string {
  return `${arg.name}=${isSecretArg(arg.name, secretNames) ? '***' : arg.value}`
}

/** The build-arg values that must never be output. */
export function secretValues(args: readonly BuildArg[], secretNames: readonly string[] = []): string[] {
  return args.filter(a => isSecretArg(a.name, secretNames) && a.value !== '').map(a => a.value)
}

/** Checks `secret-build-args` / `--secret-build-arg` names: each must be a valid build-arg name. */
export function parseSecretArgNames(entries: readonly string[], origin: string): string[] {
  return entries
    .map(e => e.replace(/\r$/, '').trim())
    .filter(e => e !== '' && !e.startsWith('#'))
    .map(name => {
      if (!NAME_PATTERN.test(name)) {
        throw new BuildLabError(
          `${origin} ${JSON.stringify(name.slice(0, 64))} is not a build-arg name: give the NAME of a NAME=value build-arg`
        )
      }
      return name
    })
}
